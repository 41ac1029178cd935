package jp.renkei.protocol.record;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.renkei.protocol.FileKind;

/**
 * Run in a child JVM with a small heap by {@link LargeFileReadTest}: reads every record of a file and prints
 * {@code records=N peakHeapBytes=P}, P being the largest heap occupancy any pool reached (garbage included).
 */
public final class LargeFileProbe {

    private LargeFileProbe() {
    }

    public static void main(String[] args) throws IOException {
        long count = 0;
        try (InputStream in = Files.newInputStream(Path.of(args[0]));
                CareplanReader reader = CareplanCsv.reader(in, FileKind.valueOf(args[1]))) {
            for (CareplanRecord r = reader.next(); r != null; r = reader.next()) {
                count++;
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("records=" + count + " peakHeapBytes=" + peak);
    }
}
