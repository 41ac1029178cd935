package jp.renkei.tools;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import jp.renkei.tools.client.Document;
import jp.renkei.tools.client.DocumentState;
import jp.renkei.tools.client.RemoteFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code status ID}: a document's metadata, state history and receipt, as its sender or recipient sees them. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show a document's state history and receipt (for its sender or recipient).")
final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "ID", description = "The document id (from send, receive or the outbox).")
    String id;

    @Override
    public Integer call() throws Exception {
        Document d = connection.client().document(id);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s  %s%n", d.id(), d.fileName());
        out.printf("  %s → %s, %s, %d bytes, sha256 %s%n", d.sender(), d.recipient(), d.kind(), d.size(), d.sha256());
        out.printf("  state: %s%n", d.state());
        for (Document.Change change : d.history()) {
            out.printf("  %s  %-10s by %s%s%n", change.at(), change.state(), change.by(),
                    change.reason() == null ? "" : "  reason: " + change.reason());
        }
        out.println("  receipt: " + receipt(d));
        for (RemoteFinding w : d.warnings()) {
            out.printf("  warning %s line %d: %s%n", w.rule(), w.line(), w.message());
        }
        if (d.contentPurged()) {
            out.println("  content purged after the retention period (metadata and hash remain)");
        }
        out.flush();
        return 0;
    }

    private static String receipt(Document d) {
        for (Document.Change change : d.history()) {
            if (change.state() == DocumentState.RECEIPTED) {
                return "imported at " + change.at();
            }
            if (change.state() == DocumentState.REFUSED) {
                return "refused at " + change.at() + ": " + change.reason();
            }
        }
        return "none yet";
    }
}
