package jp.renkei.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.renkei.protocol.validate.BatchReport;
import jp.renkei.protocol.validate.FileReport;
import jp.renkei.protocol.validate.Validator;
import org.junit.jupiter.api.Test;

class SampleFilesTest {

    private final SampleFiles samples = new SampleFiles("1310000015", "1310000023", "0000012345");
    private final Validator validator = new Validator();

    @Test
    void aPlanOfTwentyEightDaysIsAValidFileOfAboutEightKilobytes() {
        Validator.Named plan = samples.plan("20250420170501", 28);
        FileReport report = validator.validateFile(plan.name(), plan.content());
        assertThat(report.findings()).filteredOn(f -> f.isError()).isEmpty();
        assertThat(plan.content().length).isBetween(6_000, 12_000);
    }

    @Test
    void theServiceSlipSetIsAnAcceptedSendingUnit() {
        List<Validator.Named> set = samples.serviceSlipSet("20250420170502", 3);
        BatchReport report = validator.validateBatch(set, null);
        assertThat(report.files()).allSatisfy(f -> assertThat(f.findings()).filteredOn(x -> x.isError()).isEmpty());
        assertThat(report.units()).singleElement().satisfies(u -> assertThat(u.findings())
                .filteredOn(x -> x.isError()).isEmpty());
        assertThat(report.accepted()).isTrue();
    }
}
