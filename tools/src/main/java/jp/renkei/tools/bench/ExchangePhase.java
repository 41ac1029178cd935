package jp.renkei.tools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Full exchanges: the sender uploads; the recipient hears {@code document.arrived} on its event stream, downloads
 * the content and posts an {@code imported} receipt; the exchange ends when the sender hears
 * {@code document.receipted}. At most {@code window} exchanges are under way at once; each office's connections
 * take its work (uploads as sender, downloads and receipts as recipient) from the office's queue.
 */
final class ExchangePhase implements EventFollower.Listener {

    private static final byte[] IMPORTED = "{\"outcome\":\"imported\"}".getBytes(StandardCharsets.UTF_8);
    private static final String JSON = "Content-Type: application/json\r\n";

    /** A piece of work for a connection of one office. */
    private sealed interface Task permits Upload, Fetch, Stop {
    }

    private record Upload(PlanFiles.Plan plan) implements Task {
    }

    private record Fetch(String documentId, String fileName) implements Task {
    }

    private record Stop() implements Task {
    }

    private final Lanes lanes;
    private final PlanFiles files;
    private final int offices;
    private final List<BlockingQueue<Task>> queues = new ArrayList<>();
    private final ConcurrentHashMap<String, Long> started = new ConcurrentHashMap<>();
    private final Semaphore window;
    private Tally tally;
    private CountDownLatch done;

    private final ProcessHandle gateway;

    ExchangePhase(Lanes lanes, PlanFiles files, int offices, int window, ProcessHandle gateway) {
        this.lanes = lanes;
        this.gateway = gateway;
        this.files = files;
        this.offices = offices;
        this.window = new Semaphore(window);
        for (int i = 0; i < offices; i++) {
            queues.add(new LinkedBlockingQueue<>());
        }
    }

    /** Runs {@code count} exchanges; those not finished within {@code timeoutSeconds} count as failed. */
    Tally run(int count, long timeoutSeconds) throws IOException, InterruptedException {
        tally = new Tally(count, gateway);
        done = new CountDownLatch(count);
        Thread feeder = new Thread(() -> feed(count), "bench-exchange-feeder");
        tally.start();
        feeder.start();
        Thread workers = new Thread(this::work, "bench-exchange-lanes");
        workers.start();
        if (!done.await(timeoutSeconds, TimeUnit.SECONDS)) {
            tally.fail(done.getCount() + " exchanges did not finish within " + timeoutSeconds + " s");
            tally.failed.addAndGet(done.getCount() - 1);
        }
        tally.end();
        feeder.interrupt();
        lanes.officeOfEach().forEach(office -> queues.get(office).add(new Stop()));
        workers.join();
        return tally;
    }

    private void feed(int count) {
        try {
            for (int i = 0; i < count; i++) {
                window.acquire();
                PlanFiles.Plan plan = files.next(i % offices);
                started.put(plan.name(), System.nanoTime());
                queues.get(plan.sender()).add(new Upload(plan));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the phase ended (timed out)
        }
    }

    private void work() {
        try {
            lanes.run("exchange", lane -> {
                for (Task t = queues.get(lane.office()).take(); !(t instanceof Stop); t = queues.get(lane.office())
                        .take()) {
                    perform(lane.connection(), t);
                }
            });
        } catch (IOException | InterruptedException e) {
            tally.fail("exchange connections: " + e);
        }
    }

    private void perform(HttpConnection connection, Task task) throws IOException {
        if (task instanceof Upload u) {
            HttpConnection.Response r = LoadPhases.upload(connection, u.plan());
            if (r.status() != 201) {
                failed(u.plan().name(), "upload " + u.plan().name() + ": " + r.status() + " " + r.text());
            }
        } else if (task instanceof Fetch f) {
            fetch(connection, f);
        }
    }

    private void fetch(HttpConnection connection, Fetch f) throws IOException {
        String document = "/v1/documents/" + f.documentId();
        HttpConnection.Response content = connection.get(document + "/content");
        if (content.status() != 200 || content.body().length == 0) {
            failed(f.fileName(), "download " + f.fileName() + ": " + content.status());
            return;
        }
        HttpConnection.Response receipt = connection.send("POST", document + "/receipt", JSON, IMPORTED);
        if (receipt.status() != 200) {
            failed(f.fileName(), "receipt " + f.fileName() + ": " + receipt.status() + " " + receipt.text());
        }
    }

    private void failed(String fileName, String what) {
        if (started.remove(fileName) != null) {
            tally.fail(what);
            window.release();
            done.countDown();
        }
    }

    @Override
    public void event(int office, String type, String documentId, String fileName) {
        if (type.equals("document.arrived") && started.containsKey(fileName)) {
            queues.get(office).add(new Fetch(documentId, fileName));
        } else if (type.equals("document.receipted")) {
            Long t0 = started.remove(fileName);
            if (t0 != null) {
                tally.latencies.record(System.nanoTime() - t0);
                tally.ok.incrementAndGet();
                window.release();
                done.countDown();
            }
        }
    }
}
