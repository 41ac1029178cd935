package jp.renkei.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.renkei.tools.client.Document;
import jp.renkei.tools.client.DocumentPage;
import jp.renkei.tools.client.DocumentState;
import jp.renkei.tools.client.RemoteFinding;
import jp.renkei.tools.client.RenkeiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code status ID}: a document's metadata, state history and receipt, as its sender or recipient sees them. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show a document's state history and receipt (for its sender or recipient).")
final class StatusCommand implements Callable<Integer> {

    private static final int PAGE = 500;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "ID|FILE", description = "The document id (doc_..., from send, receive or the outbox),"
            + " or its file name: the newest document of that name in the outbox, else in the inbox.")
    String id;

    @Override
    public Integer call() throws Exception {
        RenkeiClient client = connection.client();
        PrintWriter out = spec.commandLine().getOut();
        Optional<String> found = id.startsWith("doc_") ? Optional.of(id) : byName(client, id);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("renkei status: no document named " + id
                    + " in this office's outbox or inbox");
            return RenkeiCommand.INVALID;
        }
        Document d = client.document(found.get());
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

    /** The id of the newest document named {@code fileName}, sent first, then received. */
    private static Optional<String> byName(RenkeiClient client, String fileName) throws IOException {
        for (boolean outbox : new boolean[] {true, false}) {
            String newest = null;
            long after = 0;
            for (DocumentPage page = page(client, outbox, after); !page.documents().isEmpty();
                    page = page(client, outbox, after)) {
                for (Document d : page.documents()) {
                    if (d.fileName().equals(fileName)) {
                        newest = d.id();
                    }
                }
                after = page.next();
            }
            if (newest != null) {
                return Optional.of(newest);
            }
        }
        return Optional.empty();
    }

    private static DocumentPage page(RenkeiClient client, boolean outbox, long after) throws IOException {
        return outbox ? client.outbox(after, PAGE) : client.inbox(after, PAGE);
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
