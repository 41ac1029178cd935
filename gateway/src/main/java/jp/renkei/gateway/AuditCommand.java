package jp.renkei.gateway;

import java.time.Clock;
import java.util.concurrent.Callable;
import jp.renkei.gateway.store.JdbcStore;
import jp.renkei.gateway.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code audit verify}: checks the audit log's hash chain; exit 0 when intact, 1 when broken. */
@Command(name = "audit", description = "Inspect the audit log.", subcommands = AuditCommand.Verify.class,
        mixinStandardHelpOptions = true)
final class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verify the hash chain of the audit log. Exit 0 intact, 1 broken, 3 unreadable.")
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        HomeOptions home;

        @Override
        public Integer call() throws Exception {
            try (Store store = JdbcStore.open(home.config().store(), Clock.systemUTC())) {
                Store.AuditVerification result = store.verifyAudit();
                if (result.intact()) {
                    spec.commandLine().getOut().printf("audit log intact: %d entries%n", result.entries());
                    return 0;
                }
                spec.commandLine().getErr().printf("audit log broken at entry %d of %d: %s%n", result.brokenAt(),
                        result.entries(), result.message());
                return 1;
            }
        }
    }
}
