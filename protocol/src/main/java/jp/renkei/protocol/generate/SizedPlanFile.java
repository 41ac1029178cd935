package jp.renkei.protocol.generate;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.record.CareplanCsv;
import jp.renkei.protocol.record.CareplanRecord;
import jp.renkei.protocol.record.CareplanWriter;

/**
 * A UPPLAN file of about a given size for benchmarks (1 KB, 100 KB, 50 MB…): the planned services of as many users
 * of one 居宅 as it takes, streamed, so memory does not grow with the size. The file is at least the size asked for
 * and exceeds it by less than one record. Deterministic from the seed.
 */
public final class SizedPlanFile {

    /** Records written between size checks while far from the end; they hold much less than {@link #NEAR}. */
    private static final int UNCOUNTED = 100;
    /** From this many bytes before the end, the size is checked after every record. */
    private static final long NEAR = 64 * 1024;

    private final Population world;
    private final ServiceUseFiles serviceUse;
    private final YearMonth month;

    public SizedPlanFile(long seed) {
        this(seed, ServiceCatalog.KINDS.size(), List.of());
    }

    /**
     * A file addressed from the 居宅 {@code careOffice} (kind 43) to the 訪問介護 office {@code serviceOffice} (kind
     * 11), valid there: every user uses that office, and only it, so every user-month has the recipient's services.
     */
    public SizedPlanFile(long seed, String careOffice, String serviceOffice) {
        this(seed, 1, List.of(careOffice, serviceOffice));
    }

    private SizedPlanFile(long seed, int serviceOffices, List<String> numbers) {
        GeneratorConfig config = new GeneratorConfig(1, serviceOffices, 1,
                GeneratorConfig.defaultMonth(CsvVersion.V202407), seed, CsvVersion.V202407);
        this.world = new Population(config, numbers);
        this.month = config.month();
        this.serviceUse = new ServiceUseFiles(CsvVersion.V202407, month);
    }

    /** The file's v4 name: from the 居宅 to its first service office, SEQ two days before the month. */
    public String fileName() {
        return fileName(month.atDay(1).minusDays(2).atTime(17, 0).format(DateTimeFormatter.ofPattern(
                "yyyyMMddHHmmss")));
    }

    /** The file's v4 name with another ファイル連番 (14 digits, a date and time), as each new unit of a pair has. */
    public String fileName(String sequence) {
        Office care = world.careOffices.get(0);
        Office office = world.serviceOffices.get(0);
        return new UnitAssembler(CsvVersion.V202407).name(new UnitAssembler.Part(FileKind.UPPLAN,
                month.format(DateTimeFormatter.ofPattern("yyyyMM")), null), care, office, sequence);
    }

    /** The content, at least {@code bytes} long: see {@link #writeTo}. */
    public byte[] bytes(long bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(bytes + 4096, Integer.MAX_VALUE));
        try {
            writeTo(out, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: memory", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes records to {@code out} until at least {@code bytes} bytes are written, then closes it.
     *
     * @return the number of bytes written
     */
    public long writeTo(OutputStream out, long bytes) throws IOException {
        Counting counting = new Counting(new BufferedOutputStream(out, 1 << 16));
        LocalDate created = month.atDay(1).minusDays(2);
        try (CareplanWriter writer = CareplanCsv.writer(counting, FileKind.UPPLAN)) {
            while (counting.count < bytes) {
                User u = world.user(world.careOffices.get(0));
                for (CareplanRecord r : serviceUse.planned(u, created)) {
                    writer.write(r);
                    if (nearEnd(bytes, counting.count) || writer.records() % UNCOUNTED == 0) {
                        writer.flush();
                    }
                    if (counting.count >= bytes) {
                        break;
                    }
                }
            }
        }
        return counting.count;
    }

    private static boolean nearEnd(long bytes, long counted) {
        return bytes - counted < NEAR;
    }

    /** Counts bytes on their way out; its flush stops here, so a size check costs no system call. */
    private static final class Counting extends FilterOutputStream {
        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() {
            // deliberately not passed on: the writer flushes once per record to learn the size
        }

        @Override
        public void close() throws IOException {
            out.flush();
            out.close();
        }
    }
}
