package jp.renkei.gateway;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import jp.renkei.gateway.ca.Identity;
import jp.renkei.gateway.mailbox.Office;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code office add}: registers an office in a data directory and writes its credentials there. */
@Command(name = "office", description = "Manage offices.", subcommands = OfficeCommand.Add.class,
        mixinStandardHelpOptions = true)
final class OfficeCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Register an office and write its credentials to DIR/offices/NUMBER/ (cert.pem, key.pem,"
                    + " cert.p12, pkcs12-password.txt). Works while the gateway runs. Re-running reuses valid"
                    + " credentials.")
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        HomeOptions home;

        @Option(names = "--number", required = true, description = "The 10-digit office number (事業所番号).")
        String number;

        @Option(names = "--name", required = true, description = "The office's name.")
        String name;

        @Option(names = "--kinds", required = true, split = ",", description = "Service kinds, e.g. 43 or 11,15.")
        List<String> kinds;

        @Option(names = "--delivery-mode", defaultValue = "none",
                description = "How slips were delivered before Renkei: none, car or transit (default none).")
        String deliveryMode;

        @Override
        public Integer call() throws Exception {
            check();
            PrintWriter out = spec.commandLine().getOut();
            Clock clock = Clock.systemUTC();
            try (GatewayHome gateway = GatewayHome.open(home.config(), clock)) {
                boolean existed = gateway.store().registry().office(number).isPresent();
                Office office = gateway.registerOffice(new Office(number, name, kinds, deliveryMode, clock.instant()));
                CredentialFiles files = gateway.officeCredentials(number);
                out.printf("office %s (%s) kinds %s: %s%n", office.number(), office.name(),
                        String.join(",", office.kinds()), existed ? "already registered, unchanged" : "registered");
                out.printf("credentials %s in %s (serial %s)%n", files.reused() ? "reused" : "issued", files.dir(),
                        files.serial());
                out.printf("PKCS#12 password: %s%n", files.password());
            }
            return 0;
        }

        private void check() {
            if (!Identity.isOfficeNumber(number)) {
                throw new ParameterException(spec.commandLine(), "--number must have exactly 10 digits");
            }
            if (!kinds.stream().allMatch(k -> k.matches("[0-9A-Z]{2}"))) {
                throw new ParameterException(spec.commandLine(), "--kinds must be 2-character service kind codes");
            }
            if (!List.of("none", "car", "transit").contains(deliveryMode)) {
                throw new ParameterException(spec.commandLine(), "--delivery-mode must be none, car or transit");
            }
        }
    }
}
