package jp.renkei.gateway.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.renkei.gateway.mailbox.UploadValidation;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.name.UnitAddress;
import jp.renkei.protocol.validate.BatchReport;
import jp.renkei.protocol.validate.FileReport;
import jp.renkei.protocol.validate.Finding;
import jp.renkei.protocol.validate.Rule;
import jp.renkei.protocol.validate.UnitReport;
import jp.renkei.protocol.validate.Validator;

/**
 * Stands in for the protocol validator until it is built (its methods still throw): content containing
 * {@code BAD} is an ITEM-001 error, {@code WARN} an ITEM-005 warning, and names route as in production.
 */
final class TestValidation implements UploadValidation {

    private final UploadValidation routing = UploadValidation.standard();

    @Override
    public FileReport validateFile(String name, byte[] content) {
        List<Finding> findings = new ArrayList<>();
        if (routing.parseName(name).isEmpty()) {
            findings.add(finding(Rule.NAME_002, name));
        }
        String text = new String(content, StandardCharsets.ISO_8859_1);
        if (text.contains("BAD")) {
            findings.add(finding(Rule.ITEM_001, name));
        }
        if (text.contains("WARN")) {
            findings.add(finding(Rule.ITEM_005, name));
        }
        return new FileReport(name, null, "202504", 1, findings, 0);
    }

    @Override
    public BatchReport validateBatch(List<Validator.Named> files, String lastAcceptedSequence) {
        List<FileReport> reports = files.stream().map(f -> validateFile(f.name(), f.content())).toList();
        Map<UnitAddress, List<FileReport>> units = new LinkedHashMap<>();
        for (FileReport r : reports) {
            UnitAddress address = routing.parseName(r.file()).map(FileName::unit).orElse(null);
            units.computeIfAbsent(address, a -> new ArrayList<>()).add(r);
        }
        List<UnitReport> unitReports = new ArrayList<>();
        units.forEach((address, members) -> unitReports.add(new UnitReport(address,
                members.stream().map(FileReport::file).toList(), List.of(),
                members.stream().allMatch(FileReport::valid))));
        return new BatchReport(reports, unitReports);
    }

    @Override
    public Optional<FileName> parseName(String fileName) {
        return routing.parseName(fileName);
    }

    private static Finding finding(Rule rule, String file) {
        return new Finding(rule, file, 1, 1, -1, 2, "項目", rule.title(), rule.titleJa());
    }
}
