/** File names of the standard (spec §2): parsing, formatting and the NAME rules. */
package jp.renkei.protocol.name;
