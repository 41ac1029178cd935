package jp.renkei.tools.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Streams a document's content and checks it against the SHA-256 the gateway sends as its {@code ETag}. To a file,
 * it writes a temporary file in the target's directory, forces it to disk and renames it into place atomically, so a
 * reader never sees a half-written file, whatever fails.
 */
final class ContentDownload {

    private final HttpCalls calls;
    private final RetryPolicy retry;

    ContentDownload(HttpCalls calls, RetryPolicy retry) {
        this.calls = calls;
        this.retry = retry;
    }

    /** Writes the content to {@code out}; retries only failures before the first byte. Returns the bytes written. */
    long to(String id, OutputStream out) throws IOException {
        HttpRequest request = calls.request("/v1/documents/" + id + "/content").GET().build();
        HttpResponse<InputStream> response = calls.send(request, HttpResponse.BodyHandlers.ofInputStream(), true);
        if (response.statusCode() != 200) {
            throw HttpCalls.error(response);
        }
        MessageDigest sha256 = sha256();
        long written;
        try (InputStream in = response.body()) {
            written = in.transferTo(new DigestOutputStream(out, sha256));
        }
        String expected = response.headers().firstValue("ETag").map(ContentDownload::unquoted).orElse(null);
        String actual = HexFormat.of().formatHex(sha256.digest());
        if (expected != null && expected.length() == 64 && !expected.equalsIgnoreCase(actual)) {
            throw new IOException("the content of " + id + " does not match its SHA-256 " + expected);
        }
        return written;
    }

    /** Downloads into {@code target} atomically, retrying the whole download on failures (not on a 4xx). */
    void to(String id, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        for (int attempt = 1; ; attempt++) {
            Path part = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            try {
                try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                    to(id, java.nio.channels.Channels.newOutputStream(channel));
                    channel.force(true);
                }
                move(part, target);
                return;
            } catch (ApiErrorException e) {
                throw e;
            } catch (IOException e) {
                if (attempt >= retry.attempts()) {
                    throw e;
                }
                HttpCalls.pause(retry.delay(attempt));
            } finally {
                Files.deleteIfExists(part);
            }
        }
    }

    /** Renames atomically and forces the directory entry to disk (where the platform allows opening directories). */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename atomically into " + to.getParent(), e);
        }
        try (FileChannel directory = FileChannel.open(to.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory; its rename is durable enough with the file forced first
        }
    }

    private static String unquoted(String etag) {
        String tag = etag.startsWith("W/") ? etag.substring(2) : etag;
        return tag.replace("\"", "").toLowerCase(Locale.ROOT);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
