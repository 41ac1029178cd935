/** The record layouts of spec §4 and the code tables of §5, as data: one {@link jp.renkei.protocol.layout.Layout} per kind and generation. */
package jp.renkei.protocol.layout;
