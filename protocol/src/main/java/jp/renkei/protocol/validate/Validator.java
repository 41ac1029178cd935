package jp.renkei.protocol.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import jp.renkei.protocol.layout.ServiceKinds;
import jp.renkei.protocol.name.UnitAddress;

/**
 * Validates files and sending units against the standard. Pure and thread-safe: a function from bytes to a report;
 * never throws for bad content (undecodable, binary, truncated input all give findings).
 */
public final class Validator {

    /** One file of a batch: its base name and its bytes. */
    public record Named(String name, byte[] content) {
    }

    private static final long IN_MEMORY = 1 << 20;

    private final FileValidation files;

    /** A validator with the service-kind lists shipped with this release. */
    public Validator() {
        this(ServiceKinds.defaults());
    }

    /** A validator with configured service-kind lists (spec §5.10: they follow the national code tables). */
    public Validator(ServiceKinds serviceKinds) {
        this.files = new FileValidation(Objects.requireNonNull(serviceKinds, "serviceKinds"));
    }

    /** Validates one file on its own (file-level rules only; no unit rules). */
    public FileReport validateFile(String name, byte[] content) {
        return validateFile(name, content, null);
    }

    /** As {@link #validateFile(String, byte[])}, showing {@code tap} (may be null) what is read as it is read. */
    public FileReport validateFile(String name, byte[] content, RecordTap tap) {
        return inMemory(name, content, false, tap).report();
    }

    /** Validates one file read from disk in bounded memory, however large. */
    public FileReport validateFile(Path file) throws IOException {
        return fromDisk(file, false).report();
    }

    /**
     * Validates a batch (one upload): every file, then the files grouped into sending units (spec §7.1), each unit
     * complete within the batch. {@code lastAcceptedSequence} (may be null) enables SEQ-001 for single-unit batches.
     */
    public BatchReport validateBatch(List<Named> files, String lastAcceptedSequence) {
        return validateBatch(files, lastAcceptedSequence, name -> null);
    }

    /**
     * As {@link #validateBatch(List, String)}, showing each file's reading to the tap {@code taps} gives for its name
     * (null: none).
     */
    public BatchReport validateBatch(List<Named> files, String lastAcceptedSequence,
            Function<String, RecordTap> taps) {
        List<FileValidation.Outcome> outcomes = new ArrayList<>();
        for (Named f : files) {
            outcomes.add(inMemory(f.name(), f.content(), true, taps.apply(f.name())));
        }
        return batch(outcomes, lastAcceptedSequence);
    }

    /**
     * Validates files read from disk as one batch, each in bounded memory: as {@link #validateBatch}, for callers
     * (the command line) whose files may be too large to hold.
     */
    public BatchReport validatePaths(List<Path> paths, String lastAcceptedSequence) throws IOException {
        List<FileValidation.Outcome> outcomes = new ArrayList<>();
        for (Path p : paths) {
            outcomes.add(fromDisk(p, true));
        }
        return batch(outcomes, lastAcceptedSequence);
    }

    /**
     * Small files are read once and validated from memory (two opens and two buffer sets cost more than the checks
     * of a 1 KB file); larger ones are streamed twice from disk.
     */
    private FileValidation.Outcome fromDisk(Path file, boolean collectFacts) throws IOException {
        if (Files.size(file) <= IN_MEMORY) {
            return inMemory(baseName(file), Files.readAllBytes(file), collectFacts, null);
        }
        return files.run(baseName(file), FileValidation.Source.opening(() -> Files.newInputStream(file)),
                collectFacts);
    }

    private FileValidation.Outcome inMemory(String name, byte[] content, boolean collectFacts, RecordTap tap) {
        try {
            return files.run(name, FileValidation.Source.of(content), collectFacts, tap);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    private static BatchReport batch(List<FileValidation.Outcome> outcomes, String lastAcceptedSequence) {
        Map<UnitAddress, List<FileFacts>> units = new LinkedHashMap<>();
        List<UnitReport> reports = new ArrayList<>();
        for (FileValidation.Outcome o : outcomes) {
            FileFacts facts = o.facts();
            if (facts == null || facts.name() == null) {
                FileReport r = o.report();
                reports.add(new UnitReport(null, List.of(r.file()), List.of(), r.valid()));
            } else {
                units.computeIfAbsent(facts.name().unit(), a -> new ArrayList<>()).add(facts);
            }
        }
        String last = units.size() == 1 && reports.isEmpty() ? lastAcceptedSequence : null;
        units.forEach((address, members) -> reports.add(new UnitCheck(address, members).check(last)));
        return new BatchReport(outcomes.stream().map(FileValidation.Outcome::report).toList(), reports);
    }

    private static String baseName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
