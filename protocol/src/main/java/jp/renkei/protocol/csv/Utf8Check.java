package jp.renkei.protocol.csv;

/**
 * Whole-file UTF-8 classification for ENC-004 / ENC-005 (spec §3.1 step 2), fed buffer by buffer. Strict
 * well-formedness (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. Stops looking at the first
 * ill-formed byte, which for a real MS932 file with Japanese text comes within its first characters.
 */
final class Utf8Check {

    private boolean wellFormed = true;
    /** Continuation bytes still expected, and the allowed range of the next one. */
    private int need;
    private int low = 0x80;
    private int high = 0xBF;
    private long firstTwoByte = -1;
    private long firstLonger = -1;

    boolean alive() {
        return wellFormed;
    }

    /** Feeds {@code length} bytes that sit at absolute offset {@code base}. */
    void feed(byte[] bytes, int length, long base) {
        for (int i = 0; i < length && wellFormed; i++) {
            int b = bytes[i] & 0xFF;
            if (need > 0) {
                continuation(b);
            } else if (b >= 0x80) {
                start(b, base + i);
            }
        }
    }

    private void continuation(int b) {
        if (b < low || b > high) {
            wellFormed = false;
            return;
        }
        need--;
        low = 0x80;
        high = 0xBF;
    }

    private void start(int b, long offset) {
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
            if (firstTwoByte < 0) {
                firstTwoByte = offset;
            }
            return;
        }
        if (b >= 0xE0 && b <= 0xF4) {
            need = b < 0xF0 ? 2 : 3;
            low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
            if (firstLonger < 0) {
                firstLonger = offset;
            }
            return;
        }
        wellFormed = false;
    }

    /** Whether the whole file was well-formed UTF-8 (call after the last byte). */
    boolean wellFormedAtEnd() {
        return wellFormed && need == 0;
    }

    /** Offset of the first 3- or 4-byte sequence, or -1 when there is none. */
    long firstLonger() {
        return firstLonger;
    }

    /** Offset of the first 2-byte sequence, or -1 when there is none. */
    long firstTwoByte() {
        return firstTwoByte;
    }
}
