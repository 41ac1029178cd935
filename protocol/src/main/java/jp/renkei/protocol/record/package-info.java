/** Typed records per CSV kind (components named by catalogue key) and MS932 CSV reading and writing. */
package jp.renkei.protocol.record;
