package jp.renkei.protocol.validate;

import java.io.IOException;
import java.io.InputStream;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.csv.ByteScan;
import jp.renkei.protocol.csv.CsvLexer;
import jp.renkei.protocol.layout.ServiceKinds;
import jp.renkei.protocol.name.FileNames;
import jp.renkei.protocol.name.NameParse;

/**
 * The pipeline of spec §6.1 for one file: name, then (images) the JPEG marker or (CSV) a byte scan, then one pass
 * that lexes and checks every record. The content is read twice, never held whole, so a file of any size is
 * validated in bounded memory.
 */
final class FileValidation {

    private static final int[] JPEG_SOI = {0xFF, 0xD8, 0xFF};

    /** Opens the content afresh for each pass. */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    /** The report and, for batches, what the unit rules need. */
    record Outcome(FileReport report, FileFacts facts) {
    }

    private final ServiceKinds serviceKinds;

    FileValidation(ServiceKinds serviceKinds) {
        this.serviceKinds = serviceKinds;
    }

    Outcome run(String name, Source source, boolean collectFacts) throws IOException {
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
        boolean proceed;
        try (InputStream in = source.open()) {
            ByteScan.Result scan = ByteScan.scan(in, findings);
            findings.omit(scan.omitted());
            proceed = scan.proceed();
        }
        if (proceed) {
            try (InputStream in = source.open()) {
                CsvLexer.lex(in, pass, pass);
            }
            pass.finish();
        }
        FileFacts facts = pass.facts();
        return outcome(findings, kind, pass.csvVersion(), pass.records(), facts == null ? null
                : facts.outcome(pass.csvVersion(), !findings.hasError(), proceed && !pass.stopped()));
    }

    /** IMG-001: a family-structure image starts with the JPEG SOI marker FF D8 FF. */
    private static void image(Source source, Findings findings) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(JPEG_SOI.length);
        }
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
