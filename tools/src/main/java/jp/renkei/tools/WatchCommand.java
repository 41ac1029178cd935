package jp.renkei.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.renkei.tools.client.ApiErrorException;
import jp.renkei.tools.client.Document;
import jp.renkei.tools.client.Event;
import jp.renkei.tools.client.EventListener;
import jp.renkei.tools.client.RenkeiClient;
import jp.renkei.tools.client.Subscription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code watch --to DIR [--exec CMD]}: follows the event stream and mirrors each arrival into DIR. The inbox cursor
 * decides what is new; events only say when to look. On every (re)connection the inbox is reconciled first, so
 * documents that arrived while the gateway was down or the network was out are picked up, exactly once.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follow the office's events and download each arriving document into DIR (or run CMD with"
                + " the file's path). Survives gateway restarts and network drops: it reconnects with backoff,"
                + " resumes after the last event handled and reconciles with the inbox cursor, so every document"
                + " is handled exactly once.",
            "Where the gateway has no event stream, it polls the inbox instead. Stop it with Ctrl-C."})
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "Where to put the files.")
    Path dir;

    @Option(names = "--exec", paramLabel = "CMD", description = "Run CMD FILE for each new file (split on spaces,"
            + " no shell); RENKEI_DOCUMENT_ID, RENKEI_SENDER and RENKEI_FILE_NAME are set for it.")
    String exec;

    @Option(names = "--receipt", defaultValue = "none", paramLabel = "none|imported",
            description = "Post this receipt for each file downloaded (default ${DEFAULT-VALUE}).")
    ReceiveCommand.ReceiptMode receipt;

    @Option(names = "--poll", defaultValue = "5", paramLabel = "SECONDS",
            description = "Polling interval when the gateway has no event stream (default ${DEFAULT-VALUE}).")
    int pollSeconds;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile ApiErrorException refusal;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RenkeiClient client = connection.client();
        try (MirrorState state = MirrorState.open(dir)) {
            state.claim(client.officeNumber().orElse(connection.officeNumber()));
            InboxMirror mirror = new InboxMirror(client, state, dir, receipt == ReceiveCommand.ReceiptMode.imported,
                    exec == null ? null : this::run, out);
            out.println("watching the inbox into " + dir + " (Ctrl-C stops)");
            out.flush();
            return follow(client, state, mirror, out);
        } catch (InterruptedException e) {
            return 0; // stopped
        }
    }

    private int follow(RenkeiClient client, MirrorState state, InboxMirror mirror, PrintWriter out)
            throws IOException, InterruptedException {
        Subscription subscription = client.subscribe(state.lastEventId(), listener(state, mirror));
        try {
            stopped.await();
        } finally {
            subscription.close();
        }
        if (refusal != null && refusal.status() == 404 && "not_found".equals(refusal.code())) {
            out.println("the gateway has no event stream (" + refusal.getMessage() + "); polling every "
                    + pollSeconds + " s");
            out.flush();
            return poll(mirror);
        }
        throw refusal;
    }

    private EventListener listener(MirrorState state, InboxMirror mirror) {
        PrintWriter err = spec.commandLine().getErr();
        return new EventListener() {
            private boolean lost;

            @Override
            public void onConnected(long lastEventId) throws Exception {
                if (lost) {
                    err.println("renkei watch: reconnected; catching up from the inbox");
                    err.flush();
                    lost = false;
                }
                mirror.drain();
            }

            @Override
            public void onDisconnected(String reason, Duration retryIn) {
                lost = true;
                err.println("renkei watch: connection lost (" + reason + "); reconnecting"
                        + (retryIn.isZero() ? "" : " in " + Math.max(1, Math.round(retryIn.toMillis() / 1000.0))
                        + " s"));
                err.flush();
            }

            @Override
            public void onEvent(Event event) throws Exception {
                if (Event.ARRIVED.equals(event.type())) {
                    mirror.drain();
                }
                state.lastEventId(event.id());
            }

            @Override
            public void onFailure(ApiErrorException error) {
                refusal = error;
                stopped.countDown();
            }
        };
    }

    private int poll(InboxMirror mirror) throws InterruptedException {
        while (true) {
            try {
                mirror.drain();
            } catch (IOException e) {
                spec.commandLine().getErr().println("renkei watch: " + e.getMessage() + "; retrying");
            }
            if (stopped.await(Duration.ofSeconds(pollSeconds).toMillis(), TimeUnit.MILLISECONDS)) {
                return 0;
            }
        }
    }

    private void run(Path file, Document document) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(exec.trim().split("\\s+")));
        command.add(file.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("RENKEI_DOCUMENT_ID", document.id());
        builder.environment().put("RENKEI_SENDER", document.sender());
        builder.environment().put("RENKEI_FILE_NAME", document.fileName());
        int status = builder.start().waitFor();
        if (status != 0) {
            spec.commandLine().getErr().println("renkei watch: " + command.get(0) + " exited with " + status
                    + " for " + file.getFileName());
        }
    }
}
