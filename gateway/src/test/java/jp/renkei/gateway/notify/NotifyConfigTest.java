package jp.renkei.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotifyConfigTest {

    @Test
    void theDefaultRetryScheduleDoublesFromThirtySecondsToAnHourAndLastsAtLeastADay() {
        NotifyConfig d = NotifyConfig.defaults();
        assertThat(d.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.retryDelay(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(d.retryDelay(7)).isEqualTo(Duration.ofSeconds(1920));
        assertThat(d.retryDelay(8)).isEqualTo(Duration.ofHours(1));
        assertThat(d.retryDelay(30)).isEqualTo(Duration.ofHours(1));
        assertThat(d.retryWindow()).isGreaterThanOrEqualTo(Duration.ofHours(24)).isEqualTo(Duration.ofSeconds(86610));
    }

    @Test
    void everyInvalidSettingIsReportedTogether() {
        assertThatThrownBy(() -> new NotifyConfig(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), 0, Duration.ofSeconds(1), Duration.ofSeconds(1), 0, 1, Duration.ofSeconds(1),
                14, List.of(90, -1), Duration.ofSeconds(1), false))
                .hasMessageContaining("heartbeat").hasMessageContaining("maxAttempts")
                .hasMessageContaining("webhookThreads").hasMessageContaining("certificateWarningDays");
    }

    @Test
    void aSignatureVerifiesOnlyForItsBodyAndSecret() {
        byte[] body = "{\"id\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String header = WebhookSignature.header("secret-0123456789", 1_700_000_000L, body);
        assertThat(header).matches("t=1700000000,v1=[0-9a-f]{64}");
        assertThat(WebhookSignature.verify("secret-0123456789", header, body)).isTrue();
        assertThat(WebhookSignature.verify("secret-0123456789", header, "{\"id\":2}".getBytes())).isFalse();
        assertThat(WebhookSignature.verify("secret-0123456789", "v1=00", body)).isFalse();
    }
}
