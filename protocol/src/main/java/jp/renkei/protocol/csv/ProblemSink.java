package jp.renkei.protocol.csv;

import jp.renkei.protocol.validate.Rule;

/**
 * Receives the ENC and CSV findings of the byte scan and the lexer; the validator adds the file name.
 * Positions that do not apply are 0 ({@code record}, {@code line}) or -1 ({@code byteOffset}).
 */
@FunctionalInterface
public interface ProblemSink {
    void problem(Rule rule, int record, long line, long byteOffset, String message, String messageJa);
}
