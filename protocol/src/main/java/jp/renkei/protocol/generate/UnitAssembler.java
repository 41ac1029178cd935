package jp.renkei.protocol.generate;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.record.CareplanCsv;
import jp.renkei.protocol.record.CareplanRecord;

/** Names and writes the files of a unit: v4 name form for 202407, v3 form for 202208 (spec §2.4). */
final class UnitAssembler {

    private static final DateTimeFormatter SEQ = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** One file of a unit: its kind, its MONTH part (null for kinds without one) and its records. */
    record Part(FileKind kind, String month, List<CareplanRecord> records) {
    }

    private final CsvVersion version;

    UnitAssembler(CsvVersion version) {
        this.version = version;
    }

    SendingUnit unit(UnitType type, Office from, Office to, LocalDateTime sent, List<Part> parts) {
        String sequence = sent.format(SEQ);
        List<GeneratedFile> files = new ArrayList<>();
        for (Part p : parts) {
            files.add(new GeneratedFile(name(p, from, to, sequence), CareplanCsv.write(p.kind(), p.records())));
        }
        return new SendingUnit(type, from.number(), from.kind(), to.number(), to.kind(), sequence, files);
    }

    String name(Part p, Office from, Office to, String sequence) {
        FileName name = version == CsvVersion.V202208
                ? FileName.v3(p.kind(), p.month(), from.number(), to.number(), sequence)
                : FileName.v4(p.kind(), p.month(), from.number(), from.kind(), to.number(), to.kind(), sequence);
        return name.format();
    }
}
