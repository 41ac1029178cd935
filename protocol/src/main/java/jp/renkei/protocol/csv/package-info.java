/**
 * Bytes and CSV syntax (spec §3): the MS932 byte scan, the record lexer, and MS932 CSV reading and writing.
 */
package jp.renkei.protocol.csv;
