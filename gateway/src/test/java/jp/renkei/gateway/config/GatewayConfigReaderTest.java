package jp.renkei.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class GatewayConfigReaderTest {

    @Test
    void readsTheDefaultsWhenOnlyTheDataDirectoryIsGiven() throws Exception {
        GatewayConfig config = GatewayConfigReader.read(properties("data.dir=/var/lib/renkei"));
        assertThat(config).isEqualTo(GatewayConfig.defaults(Path.of("/var/lib/renkei")));
        assertThat(config.http().maxBodyBytes()).isEqualTo(16 * 1024 * 1024);
        assertThat(config.store().readConnections()).isEqualTo(config.db().threads());
    }

    @Test
    void readsEverySettingGiven() throws Exception {
        GatewayConfig config = GatewayConfigReader.read(properties("data.dir=/d", "server.port=9443",
                "server.host-names=renkei.example.jp, 10.0.0.5", "http.request-timeout-seconds=5", "db.threads=4",
                "store.retention-days=30", "management.enabled=false"));
        assertThat(config.server().port()).isEqualTo(9443);
        assertThat(config.server().hostNames()).containsExactly("renkei.example.jp", "10.0.0.5");
        assertThat(config.http().requestTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.store().readConnections()).isEqualTo(4);
        assertThat(config.store().retention()).isEqualTo(Duration.ofDays(30));
        assertThat(config.management().enabled()).isFalse();
    }

    @Test
    void reportsEveryInvalidSettingTogether() {
        assertThatThrownBy(() -> GatewayConfigReader.read(properties("server.port=70000", "db.threads=zero",
                "management.enabled=yes", "sever.port=1")))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems())
                        .hasSize(5).anyMatch(p -> p.startsWith("data.dir")).anyMatch(p -> p.startsWith("server.port"))
                        .anyMatch(p -> p.startsWith("db.threads")).anyMatch(p -> p.startsWith("management.enabled"))
                        .anyMatch(p -> p.startsWith("sever.port: unknown")));
    }

    @Test
    void documentsEverySettingInTheOperationsGuide() throws Exception {
        String guide = Files.readString(Path.of("docs/operations.md"));
        for (String key : GatewayConfigReader.KEYS) {
            assertThat(guide).as(key).contains("| `" + key + "` |");
        }
    }

    private static Properties properties(String... lines) {
        Properties properties = new Properties();
        for (String line : lines) {
            int eq = line.indexOf('=');
            properties.setProperty(line.substring(0, eq), line.substring(eq + 1));
        }
        return properties;
    }
}
