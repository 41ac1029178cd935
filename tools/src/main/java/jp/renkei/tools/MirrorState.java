package jp.renkei.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * What {@code receive} and {@code watch} remember in the target directory ({@code .renkei-state.json}): the inbox
 * cursor of the last document handled and the id of the last event handled, for one office. Written atomically
 * (temporary file, fsync, rename), so a crash leaves the old state or the new one. A lock file keeps two processes
 * from mirroring into one directory at once.
 */
final class MirrorState implements AutoCloseable {

    static final String FILE = ".renkei-state.json";
    static final String LOCK = ".renkei-state.lock";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private String office;
    private long cursor;
    private long lastEventId;

    private MirrorState(Path dir, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens (creating the directory) and locks; fails when another process holds the directory. */
    static MirrorState open(Path dir) throws IOException {
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException(dir + " is in use by another receive or watch");
        }
        MirrorState state = new MirrorState(dir, channel, lock);
        state.load();
        return state;
    }

    private void load() throws IOException {
        Path file = dir.resolve(FILE);
        if (Files.exists(file)) {
            JsonNode n = MAPPER.readTree(file.toFile());
            office = n.path("office").asText(null);
            cursor = n.path("cursor").asLong();
            lastEventId = n.path("lastEventId").asLong();
        }
    }

    /** Checks that the directory mirrors this office's inbox: a cursor of another office would skip documents. */
    void claim(String number) throws IOException {
        if (number == null) {
            return;
        }
        if (office != null && !office.equals(number)) {
            throw new IOException(dir + " holds the inbox of office " + office + ", not " + number);
        }
        office = number;
    }

    long cursor() {
        return cursor;
    }

    long lastEventId() {
        return lastEventId;
    }

    void cursor(long value) throws IOException {
        cursor = value;
        save();
    }

    void lastEventId(long value) throws IOException {
        lastEventId = Math.max(lastEventId, value);
        save();
    }

    private void save() throws IOException {
        byte[] json = MAPPER.writeValueAsBytes(MAPPER.createObjectNode().put("office", office).put("cursor", cursor)
                .put("lastEventId", lastEventId));
        Path part = Files.createTempFile(dir, ".renkei-state", ".part");
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(json));
            channel.force(true);
        }
        Files.move(part, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        lockChannel.close();
    }
}
