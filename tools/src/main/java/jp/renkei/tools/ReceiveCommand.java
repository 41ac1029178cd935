package jp.renkei.tools;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code receive --to DIR}: downloads every new inbox document into DIR and remembers where it stopped. */
@Command(name = "receive", mixinStandardHelpOptions = true,
        description = {"Download every new document of the office's inbox into DIR: each file appears whole"
                + " (temporary file, fsync, atomic rename) or not at all.",
            "The inbox cursor is kept in DIR/.renkei-state.json, so the next run starts where this one stopped."})
final class ReceiveCommand implements Callable<Integer> {

    /** The receipt to post after each download. */
    enum ReceiptMode { none, imported }

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "Where to put the files.")
    Path dir;

    @Option(names = "--receipt", defaultValue = "none", paramLabel = "none|imported",
            description = "Post this receipt for each file downloaded (default ${DEFAULT-VALUE}).")
    ReceiptMode receipt;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        var client = connection.client();
        try (MirrorState state = MirrorState.open(dir)) {
            state.claim(client.officeNumber().orElse(connection.officeNumber()));
            InboxMirror mirror = new InboxMirror(client, state, dir, receipt == ReceiptMode.imported, null, out);
            int received = mirror.drain();
            out.printf("summary: %d received into %s%n", received, dir);
        }
        out.flush();
        return 0;
    }
}
