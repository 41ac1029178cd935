package jp.renkei.tools.bench;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import jp.renkei.protocol.generate.SizedPlanFile;

/**
 * The documents the bench sends: 第6表 (UPPLAN) files of about the asked size, valid for their address, made by the
 * protocol's generator once per pair of offices; each new document of a pair is a new sending unit (the next
 * ファイル連番, one second later), so every name is new and every upload is a first upload. Thread-safe.
 */
final class PlanFiles {

    private static final DateTimeFormatter SEQ = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** One upload: who sends it to whom, its name and its bytes (shared between the documents of a pair). */
    record Plan(int sender, int recipient, String name, byte[] content) {
    }

    private record Pair(String template, String templateSequence, byte[] content) {
    }

    private final List<String> numbers;
    private final int bytes;
    private final LocalDateTime start;
    private final AtomicLongArray sent;
    private final ConcurrentHashMap<Long, Pair> pairs = new ConcurrentHashMap<>();

    /**
     * @param start the ファイル連番 of each pair's first document: distinct runs against one gateway need distinct
     *     starts (the bench takes the time it starts)
     */
    PlanFiles(List<String> numbers, int bytes, LocalDateTime start) {
        this.numbers = numbers;
        this.bytes = bytes;
        this.start = start.withNano(0);
        this.sent = new AtomicLongArray(numbers.size());
    }

    /** The next document of office {@code sender}: to each other office in turn. */
    Plan next(int sender) {
        long k = sent.getAndIncrement(sender);
        int others = numbers.size() - 1;
        int recipient = (int) ((sender + 1 + k % others) % numbers.size());
        Pair pair = pairs.computeIfAbsent((long) sender * numbers.size() + recipient, p -> pair(sender, recipient));
        String sequence = start.plusSeconds(k / others).format(SEQ);
        return new Plan(sender, recipient, pair.template().replace(pair.templateSequence(), "_" + sequence + "."),
                pair.content());
    }

    /** Makes the content of every pair now, so that no measurement pays for the generator. */
    void prepare() {
        for (int s = 0; s < numbers.size(); s++) {
            for (int r = 0; r < numbers.size(); r++) {
                if (r != s) {
                    int sender = s;
                    int recipient = r;
                    pairs.computeIfAbsent((long) s * numbers.size() + r, p -> pair(sender, recipient));
                }
            }
        }
    }

    /** The size of the documents (all pairs' contents are within one record of each other). */
    int size() {
        return pairs.values().stream().mapToInt(p -> p.content().length).findAny().orElse(bytes);
    }

    private Pair pair(int sender, int recipient) {
        SizedPlanFile plan = new SizedPlanFile(sender * 7919L + recipient, numbers.get(sender),
                numbers.get(recipient));
        String sequence = start.format(SEQ);
        return new Pair(plan.fileName(sequence), "_" + sequence + ".", plan.bytes(bytes));
    }
}
