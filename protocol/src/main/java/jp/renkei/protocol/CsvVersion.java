package jp.renkei.protocol;

import java.util.Arrays;
import java.util.Optional;

/** The CSVバージョン values of item No.1 that the standard knows (spec §1.1). */
public enum CsvVersion {
    V201910("201910", null),
    V202003("202003", null),
    V202208("202208", LayoutGeneration.V3),
    V202407("202407", LayoutGeneration.V4),
    V202504("202504", LayoutGeneration.V4),
    V202410("202410", LayoutGeneration.V4);

    private final String code;
    private final LayoutGeneration generation;

    CsvVersion(String code, LayoutGeneration generation) {
        this.code = code;
        this.generation = generation;
    }

    /** The six-digit value as written in item No.1. */
    public String code() {
        return code;
    }

    /** Whether Renkei accepts files of this version (201910 and 202003 are no longer accepted, VER-002). */
    public boolean accepted() {
        return generation != null;
    }

    /** The layouts used to read a file of this version; empty for versions no longer accepted. */
    public Optional<LayoutGeneration> generation() {
        return Optional.ofNullable(generation);
    }

    /** The version whose code is exactly {@code value}, if any. */
    public static Optional<CsvVersion> of(String value) {
        return Arrays.stream(values()).filter(v -> v.code.equals(value)).findFirst();
    }
}
