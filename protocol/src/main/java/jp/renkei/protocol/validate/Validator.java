package jp.renkei.protocol.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates files and sending units against the standard. Pure and thread-safe: a function from bytes to a report;
 * never throws for bad content (undecodable, binary, truncated input all give findings).
 */
public final class Validator {

    /** One file of a batch: its base name and its bytes. */
    public record Named(String name, byte[] content) {
    }

    public Validator() {
    }

    /** Validates one file on its own (file-level rules only; no unit rules). */
    public FileReport validateFile(String name, byte[] content) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Validates one file read from disk in bounded memory, however large. */
    public FileReport validateFile(Path file) throws IOException {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Validates a batch (one upload): every file, then the files grouped into sending units (spec §7.1), each unit
     * complete within the batch. {@code lastAcceptedSequence} (may be null) enables SEQ-001 for single-unit batches.
     */
    public BatchReport validateBatch(List<Named> files, String lastAcceptedSequence) {
        throw new UnsupportedOperationException("not built yet");
    }
}
