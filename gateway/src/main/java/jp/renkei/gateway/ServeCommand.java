package jp.renkei.gateway;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import jp.renkei.gateway.config.GatewayConfig;
import jp.renkei.gateway.config.GatewayConfigReader;
import jp.renkei.gateway.config.InvalidConfigurationException;
import jp.renkei.gateway.http.GatewayServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve --config FILE}: the production gateway, every setting from one properties file. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the gateway with the settings of a properties file (see docs/operations.md)."
                + " Every invalid setting is reported at once (exit 2).")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The properties file.")
    Path config;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws Exception {
        GatewayConfig settings;
        try {
            settings = store.apply(GatewayConfigReader.read(config));
        } catch (InvalidConfigurationException e) {
            spec.commandLine().getErr().println("invalid configuration in " + config + ":");
            e.problems().forEach(p -> spec.commandLine().getErr().println("  " + p));
            return 2;
        }
        Clock clock = Clock.systemUTC();
        GatewayHome home = GatewayHome.open(settings, clock);
        GatewayServer server;
        try {
            server = GatewayServer.start(settings, home.store(), home.enrollment(), clock);
        } catch (Exception e) {
            home.close();
            throw e;
        }
        Serving.announce(spec.commandLine().getOut(), server);
        Serving.untilShutdown(server, home);
        return 0;
    }
}
