package jp.renkei.gateway.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import io.netty.util.concurrent.DefaultThreadFactory;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.record.CareplanCsv;
import jp.renkei.protocol.record.CareplanReader;
import jp.renkei.protocol.render.JapaneseFont;
import jp.renkei.protocol.render.JapaneseFontNotFoundException;
import jp.renkei.protocol.render.WeeklyScheduleRenderer;

/**
 * Renders 第3表 PDFs on the bounded {@code render} executor (one thread per core, a short queue: a full queue is
 * 503) and caches them by content hash, so a PDF is rendered once however often it is fetched. The renderer's output
 * is deterministic, so a cached PDF is byte-identical to a fresh one. Thread-safe.
 */
final class PdfRendering implements AutoCloseable {

    private static final int CACHE_ENTRIES = 256;
    private static final long RENDER_TIMEOUT_SECONDS = 30;

    private final Path configuredFont;
    private final ExecutorService render;
    private final Map<String, byte[]> cache = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };
    private WeeklyScheduleRenderer renderer;

    /** @param configuredFont a font file from configuration, or null to search the system's usual locations */
    PdfRendering(Path configuredFont) {
        this.configuredFont = configuredFont;
        int threads = Runtime.getRuntime().availableProcessors();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(64), new DefaultThreadFactory("renkei-render", true),
                new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        this.render = pool;
    }

    /**
     * The PDF of a UP3KYO file, with 利用者名 from the plan set's UPHOSOKU when given (may be null); empty when the
     * file has no readable record. Blocks the calling {@code db} thread while the render thread works.
     */
    Optional<byte[]> render(String sha256, byte[] up3kyo, byte[] uphosoku) throws IOException {
        String key = sha256 + "/" + (uphosoku == null ? "-" : sha256(uphosoku));
        byte[] cached = cached(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        List<List<String>> rows = rows(up3kyo, FileKind.UP3KYO);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var names = uphosoku == null ? Map.<jp.renkei.protocol.render.PlanKey, String>of()
                : WeeklyScheduleRenderer.userNames(rows(uphosoku, FileKind.UPHOSOKU));
        WeeklyScheduleRenderer r = renderer();
        byte[] pdf = await(render.submit(() -> r.render(rows, names)));
        synchronized (cache) {
            cache.put(key, pdf);
        }
        return Optional.of(pdf);
    }

    private byte[] cached(String key) {
        synchronized (cache) {
            return cache.get(key);
        }
    }

    private synchronized WeeklyScheduleRenderer renderer() throws JapaneseFontNotFoundException {
        if (renderer == null) {
            renderer = new WeeklyScheduleRenderer(JapaneseFont.locate(configuredFont));
        }
        return renderer;
    }

    private static List<List<String>> rows(byte[] content, FileKind kind) throws IOException {
        try (CareplanReader reader = CareplanCsv.reader(new ByteArrayInputStream(content), kind)) {
            return reader.rows().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static byte[] await(Future<byte[]> pdf) throws IOException {
        try {
            return pdf.get(RENDER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        } catch (ExecutionException | TimeoutException e) {
            pdf.cancel(true);
            throw new IOException("rendering the weekly schedule failed", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        render.shutdownNow();
    }
}
