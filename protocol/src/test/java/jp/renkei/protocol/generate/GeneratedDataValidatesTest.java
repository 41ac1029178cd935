package jp.renkei.protocol.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.validate.BatchReport;
import jp.renkei.protocol.validate.Finding;
import jp.renkei.protocol.validate.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A generated month passes the validator with no finding at all, in both generations and for several seeds. */
class GeneratedDataValidatesTest {

    static Stream<GeneratorConfig> configs() {
        return Stream.of(GeneratorConfig.defaults(),
                new GeneratorConfig(3, 12, 40, YearMonth.of(2025, 4), 7, CsvVersion.V202407),
                new GeneratorConfig(2, 9, 30, YearMonth.of(2024, 12), 3, CsvVersion.V202208),
                new GeneratorConfig(1, 3, 12, YearMonth.of(2023, 1), 11, CsvVersion.V202208),
                new GeneratorConfig(1, 1, 1, YearMonth.of(2025, 6), 5, CsvVersion.V202407),
                new GeneratorConfig(4, 2, 25, YearMonth.of(2026, 2), 6, CsvVersion.V202407));
    }

    @ParameterizedTest
    @MethodSource("configs")
    void aGeneratedMonthHasNoFindings(GeneratorConfig config) {
        List<SendingUnit> units = new CareplanGenerator(config).generate();
        List<Validator.Named> files = new ArrayList<>();
        units.forEach(u -> u.files().forEach(f -> files.add(new Validator.Named(f.name(), f.content()))));
        BatchReport report = new Validator().validateBatch(files, null);
        List<String> findings = new ArrayList<>();
        report.files().forEach(f -> f.findings().forEach(x -> findings.add(describe(x))));
        report.units().forEach(u -> u.findings().forEach(x -> findings.add(describe(x))));
        assertThat(findings).isEmpty();
        assertThat(report.accepted()).isTrue();
        assertThat(report.units()).hasSize(units.size());
    }

    private static String describe(Finding f) {
        return f.rule() + " " + f.file() + " rec " + f.record() + " item " + f.item() + " " + f.itemName() + ": "
                + f.message();
    }
}
