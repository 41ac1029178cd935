package jp.renkei.gateway.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The savings model's reference check and its edges. */
class SavingsTest {

    private final MeteringConfig model = MeteringConfig.defaults();

    @Test
    void anOfficeWith89LinkedUsersThatDeliveredByCarSaves34Point3Hours265MinutesAnd68368Yen() {
        Savings s = Savings.of(89, "car", model);
        assertThat(s.shownHours()).isEqualByComparingTo(new BigDecimal("34.3"));
        assertThat(s.shownTravelMinutes()).isEqualByComparingTo(new BigDecimal("265"));
        assertThat(s.shownYen()).isEqualByComparingTo(new BigDecimal("68368"));
        assertThat(s.shownLabourYen()).isEqualByComparingTo(new BigDecimal("62000"));
    }

    @Test
    void anOfficeWithNoLinkedUsersSavesNothing() {
        Savings s = Savings.of(0, "car", model);
        assertThat(s.shownHours()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(s.shownTravelMinutes()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(s.shownYen()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void travelIsSavedOnlyByOfficesThatDeliveredByHand() {
        assertThat(Savings.of(89, "none", model).travelMinutes()).isZero();
        assertThat(Savings.of(89, "transit", model).shownTravelMinutes()).isEqualByComparingTo("77.5");
        assertThat(Savings.of(89, "none", model).shownHours()).isEqualByComparingTo("34.3");
    }

    @Test
    void scalesLinearlyWithLinkedUsers() {
        assertThat(Savings.of(178, "car", model).shownYen()).isEqualByComparingTo("136736");
        assertThat(Savings.of(1, "none", model).shownHours()).isEqualByComparingTo("0.4");
    }

    @Test
    void usesTheConfiguredParameters() {
        MeteringConfig other = new MeteringConfig(100, 50, 20, 300, 60, 100_000, 90_000);
        Savings s = Savings.of(50, "car", other);
        assertThat(s.shownHours()).isEqualByComparingTo("15.0");
        assertThat(s.shownTravelMinutes()).isEqualByComparingTo("150.0");
        assertThat(s.shownYen()).isEqualByComparingTo("50000");
    }

    @Test
    void refusesParametersThatMakeNoSenseAndNamesEveryProblem() {
        assertThatThrownBy(() -> new MeteringConfig(0, 10, 20, -1, 0, 5, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("referenceUsers").hasMessageContaining("travelMinutesCar")
                .hasMessageContaining("hoursAfter must not exceed").hasMessageContaining("labourYenPerMonth");
    }
}
