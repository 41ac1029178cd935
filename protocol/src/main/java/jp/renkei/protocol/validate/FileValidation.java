package jp.renkei.protocol.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.csv.ByteScan;
import jp.renkei.protocol.csv.CsvLexer;
import jp.renkei.protocol.csv.ProblemSink;
import jp.renkei.protocol.csv.RawRecord;
import jp.renkei.protocol.layout.ServiceKinds;
import jp.renkei.protocol.name.FileNames;
import jp.renkei.protocol.name.NameParse;

/**
 * The pipeline of spec §6.1 for one file: name, then (images) the JPEG marker or (CSV) a byte scan, then one pass
 * that lexes and checks every record. Content on disk is read twice, never held whole, so a file of any size is
 * validated in bounded memory; content already in memory is scanned and lexed in place, without copies.
 */
final class FileValidation {

    private static final int[] JPEG_SOI = {0xFF, 0xD8, 0xFF};

    /** Opens the content afresh for each pass. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /** The content as the passes read it: once per pass, from a fresh stream or in place from memory. */
    interface Source {

        ByteScan.Result scan(ProblemSink sink) throws IOException;

        void lex(ProblemSink sink, Consumer<RawRecord> consumer) throws IOException;

        /** The first {@code n} bytes, or all when there are fewer. */
        byte[] head(int n) throws IOException;

        /** Each pass reads a stream that {@code opener} opens for it. */
        static Source opening(Opener opener) {
            return new Source() {
                @Override
                public ByteScan.Result scan(ProblemSink sink) throws IOException {
                    try (InputStream in = opener.open()) {
                        return ByteScan.scan(in, sink);
                    }
                }

                @Override
                public void lex(ProblemSink sink, Consumer<RawRecord> consumer) throws IOException {
                    try (InputStream in = opener.open()) {
                        CsvLexer.lex(in, sink, consumer);
                    }
                }

                @Override
                public byte[] head(int n) throws IOException {
                    try (InputStream in = opener.open()) {
                        return in.readNBytes(n);
                    }
                }
            };
        }

        /** Each pass reads {@code content} in place; it is never copied or changed. */
        static Source of(byte[] content) {
            return new Source() {
                @Override
                public ByteScan.Result scan(ProblemSink sink) {
                    return ByteScan.scan(content, sink);
                }

                @Override
                public void lex(ProblemSink sink, Consumer<RawRecord> consumer) {
                    CsvLexer.lex(content, sink, consumer);
                }

                @Override
                public byte[] head(int n) {
                    return Arrays.copyOf(content, Math.min(n, content.length));
                }
            };
        }
    }

    /** The report and, for batches, what the unit rules need. */
    record Outcome(FileReport report, FileFacts facts) {
    }

    private final ServiceKinds serviceKinds;

    FileValidation(ServiceKinds serviceKinds) {
        this.serviceKinds = serviceKinds;
    }

    Outcome run(String name, Source source, boolean collectFacts) throws IOException {
        return run(name, source, collectFacts, null);
    }

    /** As {@link #run(String, Source, boolean)}, also showing {@code tap} (may be null) the problems and records. */
    Outcome run(String name, Source source, boolean collectFacts, RecordTap tap) throws IOException {
        Findings findings = new Findings(name);
        NameParse parse = FileNames.parse(name, serviceKinds);
        parse.findings().forEach(findings::add);
        FileKind kind = parse.name() != null ? parse.name().kind() : FileKind.matchPrefix(name).orElse(null);
        if (kind == null) {
            return outcome(findings, null, null, 0, null);
        }
        if (kind.image()) {
            image(source, findings);
            FileFacts facts = collectFacts
                    ? new FileFacts(name, parse.name(), kind, null).outcome(null, !findings.hasError(), true) : null;
            return outcome(findings, kind, null, 0, facts);
        }
        RecordPass pass = new RecordPass(kind, parse.name(), findings, serviceKinds, collectFacts);
        ByteScan.Result scan = source.scan(tap == null ? findings : both(findings, tap));
        findings.omit(scan.omitted());
        boolean proceed = scan.proceed();
        if (proceed) {
            if (tap == null) {
                source.lex(pass, pass);
            } else {
                source.lex(both(pass, tap), pass.andThen(tap));
            }
            pass.finish();
        }
        FileFacts facts = pass.facts();
        return outcome(findings, kind, pass.csvVersion(), pass.records(), facts == null ? null
                : facts.outcome(pass.csvVersion(), !findings.hasError(), proceed && !pass.stopped()));
    }

    private static ProblemSink both(ProblemSink first, ProblemSink second) {
        return (rule, record, line, byteOffset, message, messageJa) -> {
            first.problem(rule, record, line, byteOffset, message, messageJa);
            second.problem(rule, record, line, byteOffset, message, messageJa);
        };
    }

    /** IMG-001: a family-structure image starts with the JPEG SOI marker FF D8 FF. */
    private static void image(Source source, Findings findings) throws IOException {
        byte[] head = source.head(JPEG_SOI.length);
        for (int i = 0; i < JPEG_SOI.length; i++) {
            if (i >= head.length || (head[i] & 0xFF) != JPEG_SOI[i]) {
                findings.file(Rule.IMG_001, "the image does not start with the JPEG marker FF D8 FF",
                        "画像が JPEG の先頭マーカー FF D8 FF で始まっていません");
                return;
            }
        }
    }

    private static Outcome outcome(Findings findings, FileKind kind, String version, long records, FileFacts facts) {
        FileReport report = new FileReport(findings.file(), kind, version, records, findings.kept(),
                findings.omitted());
        return new Outcome(report, facts);
    }
}
