package jp.renkei.gateway;

import java.io.IOException;
import java.nio.file.Path;
import jp.renkei.gateway.config.GatewayConfig;
import jp.renkei.gateway.config.GatewayConfigReader;
import jp.renkei.gateway.config.InvalidConfigurationException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Names the data directory: {@code --dir DIR} (defaults for everything else) or {@code --config FILE}, and the
 * shared database with {@code --store URL} when the gateway runs on PostgreSQL.
 */
final class HomeOptions {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    static final class Choice {
        @Option(names = "--dir", paramLabel = "DIR", description = "The data directory (store, CA, credentials).")
        Path dir;

        @Option(names = "--config", paramLabel = "FILE", description = "A gateway properties file naming data.dir.")
        Path config;
    }

    @Mixin
    StoreOption store;

    GatewayConfig config() throws IOException, InvalidConfigurationException {
        return store.apply(choice.dir != null ? GatewayConfig.defaults(choice.dir)
                : GatewayConfigReader.read(choice.config));
    }
}
