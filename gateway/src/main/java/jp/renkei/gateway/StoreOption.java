package jp.renkei.gateway;

import java.util.Optional;
import jp.renkei.gateway.config.GatewayConfig;
import jp.renkei.gateway.store.DatabaseUrl;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --store URL}: the PostgreSQL database shared by the gateway nodes, instead of the embedded store. */
final class StoreOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "URL",
            description = "A PostgreSQL database shared by several gateway nodes, e.g."
                    + " postgresql://renkei@db.example:5432/renkei (password from ~/.pgpass or in the URL);"
                    + " overrides store.url. Without it: the embedded SQLite store in the data directory.")
    String url;

    /** The configuration with the option's store, if given; a malformed URL is a usage error (exit 2). */
    GatewayConfig apply(GatewayConfig config) {
        if (url == null) {
            return config;
        }
        try {
            return config.withStore(config.store().withUrl(Optional.of(DatabaseUrl.parse(url))));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--store: " + e.getMessage());
        }
    }
}
