package jp.renkei.protocol.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.csv.RawRecord;
import jp.renkei.protocol.generate.CareplanGenerator;
import jp.renkei.protocol.generate.GeneratedFile;
import jp.renkei.protocol.generate.GeneratorConfig;
import jp.renkei.protocol.generate.SendingUnit;
import org.junit.jupiter.api.Test;

/** A tap sees what the validator reads, in order, and changes nothing of the report. */
class RecordTapTest {

    private static final GeneratedFile PLAN = plan();

    /** Keeps the first field of each record and the rule of each problem. */
    private static final class Seen implements RecordTap {
        final List<String> firstFields = new ArrayList<>();
        final List<Rule> problems = new ArrayList<>();

        @Override
        public void problem(Rule rule, int record, long line, long byteOffset, String message, String messageJa) {
            problems.add(rule);
        }

        @Override
        public void accept(RawRecord record) {
            firstFields.add(record.field(1));
        }
    }

    @Test
    void seesEveryRecordOfAValidFileAndTheReportIsTheSame() {
        Seen seen = new Seen();
        FileReport tapped = new Validator().validateFile(PLAN.name(), PLAN.content(), seen);
        FileReport plain = new Validator().validateFile(PLAN.name(), PLAN.content());

        assertThat(tapped).isEqualTo(plain);
        assertThat(tapped.valid()).isTrue();
        assertThat(seen.firstFields).hasSize((int) tapped.records()).containsOnly("202407");
        assertThat(seen.problems).isEmpty();
    }

    @Test
    void seesTheProblemsOfTheByteScanAndTheLexerThatTheReportHolds() {
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.writeBytes(PLAN.content());
        Seen seen = new Seen();
        FileReport report = new Validator().validateFile(PLAN.name(), bom.toByteArray(), seen);

        assertThat(seen.problems).isNotEmpty();
        assertThat(report.findings()).extracting(Finding::rule).containsAll(seen.problems);
        assertThat(report).isEqualTo(new Validator().validateFile(PLAN.name(), bom.toByteArray()));
    }

    @Test
    void aBatchShowsEachFileToItsOwnTap() {
        Seen seen = new Seen();
        BatchReport report = new Validator().validateBatch(List.of(new Validator.Named(PLAN.name(),
                PLAN.content())), null, name -> name.equals(PLAN.name()) ? seen : null);
        assertThat(seen.firstFields).hasSize((int) report.files().get(0).records());
    }

    private static GeneratedFile plan() {
        GeneratorConfig config = new GeneratorConfig(1, 2, 3, GeneratorConfig.defaultMonth(CsvVersion.V202407), 5,
                CsvVersion.V202407);
        for (SendingUnit unit : new CareplanGenerator(config).generate()) {
            for (GeneratedFile f : unit.files()) {
                if (f.name().startsWith("UPPLAN")) {
                    return f;
                }
            }
        }
        throw new IllegalStateException("the generator made no UPPLAN");
    }
}
