package jp.renkei.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import jp.renkei.tools.client.ApiErrorException;
import jp.renkei.tools.client.Document;
import jp.renkei.tools.client.DocumentPage;
import jp.renkei.tools.client.Receipt;
import jp.renkei.tools.client.RenkeiClient;

/**
 * Brings a directory up to date with an office's inbox: every document after the remembered cursor is downloaded
 * into it (atomically, by the client), optionally receipted and handed to a command, and the cursor advances after
 * each one. Documents are handled in inbox order, one at a time; the cursor is the single truth of what was handled,
 * so re-running after any failure neither skips nor repeats a document.
 */
final class InboxMirror {

    /** What to run for each new file, or null. */
    interface Hook {
        void run(Path file, Document document) throws IOException, InterruptedException;
    }

    static final int PAGE = 100;

    private final RenkeiClient client;
    private final MirrorState state;
    private final Path dir;
    private final boolean receipt;
    private final Hook hook;
    private final PrintWriter out;
    private int received;

    InboxMirror(RenkeiClient client, MirrorState state, Path dir, boolean receipt, Hook hook, PrintWriter out) {
        this.client = client;
        this.state = state;
        this.dir = dir;
        this.receipt = receipt;
        this.hook = hook;
        this.out = out;
    }

    /** Handles every document after the cursor; returns how many this call received. One drain at a time. */
    synchronized int drain() throws IOException, InterruptedException {
        int before = received;
        for (DocumentPage page = client.inbox(state.cursor(), PAGE); !page.documents().isEmpty();
                page = client.inbox(state.cursor(), PAGE)) {
            for (Document document : page.documents()) {
                handle(document);
                state.cursor(document.cursor());
            }
        }
        return received - before;
    }

    int received() {
        return received;
    }

    private void handle(Document document) throws IOException, InterruptedException {
        if (document.contentPurged()) {
            out.println("expired before download, skipped: " + document.fileName() + " (" + document.id() + ")");
            return;
        }
        Path target = dir.resolve(safeName(document.fileName()));
        if (Files.exists(target)) {
            if (!document.sha256().equalsIgnoreCase(sha256(target))) {
                throw new IOException(target + " exists with other content than document " + document.id()
                        + "; move it away and run again");
            }
        } else {
            client.download(document.id(), target);
        }
        if (receipt) {
            receipted(document);
        }
        received++;
        out.println("received " + document.fileName() + " from " + document.sender() + " (" + document.id() + ")");
        out.flush();
        if (hook != null) {
            hook.run(target, document);
        }
    }

    private void receipted(Document document) throws IOException {
        try {
            client.receipt(document.id(), Receipt.imported());
        } catch (ApiErrorException e) {
            if (e.status() != 409) {
                throw e;
            }
            // already receipted (an earlier run stopped after the receipt): nothing to do
        }
    }

    /** The gateway checks names on upload; this keeps a hostile or broken answer from writing outside the dir. */
    static String safeName(String name) throws IOException {
        if (name == null || name.isEmpty() || name.startsWith(".") || name.contains("/") || name.contains("\\")
                || name.contains("\0") || List.of(".", "..").contains(name)) {
            throw new IOException("refusing to write a document named " + name);
        }
        return name;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
