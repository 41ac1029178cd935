package jp.renkei.tools.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The phases that load the gateway from every connection at once: the floor (trivial authenticated reads), uploads
 * as fast as they are answered (closed loop), and uploads at a fixed offered rate (open loop: the latency of each is
 * counted from the moment it was due, so a stalled gateway cannot hide its backlog).
 */
final class LoadPhases {

    private static final String CSV = "Content-Type: text/csv; charset=Shift_JIS\r\n";

    private final Lanes lanes;
    private final List<Registration.BenchOffice> offices;
    private final PlanFiles files;

    private final ProcessHandle gateway;

    LoadPhases(Lanes lanes, List<Registration.BenchOffice> offices, PlanFiles files, ProcessHandle gateway) {
        this.lanes = lanes;
        this.offices = offices;
        this.files = files;
        this.gateway = gateway;
    }

    /** {@code GET /v1/offices/{n}} of another office, over and over, for {@code seconds}. */
    Tally floor(double seconds) throws IOException, InterruptedException {
        Tally tally = new Tally(0, gateway);
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        tally.start();
        lanes.run("floor", lane -> {
            String path = "/v1/offices/" + offices.get((lane.office() + 1) % offices.size()).number();
            while (System.nanoTime() < deadline) {
                HttpConnection.Response r = lane.connection().get(path);
                count(tally, r, 200, "GET " + path);
            }
        });
        tally.end();
        return tally;
    }

    /** {@code count} first uploads, each connection sending its next as soon as the last is answered. */
    Tally uploads(int count) throws IOException, InterruptedException {
        Tally tally = new Tally(count, gateway);
        AtomicLong left = new AtomicLong(count);
        tally.start();
        lanes.run("upload", lane -> {
            while (left.getAndDecrement() > 0) {
                long t0 = System.nanoTime();
                upload(lane, tally);
                tally.latencies.record(System.nanoTime() - t0);
            }
        });
        tally.end();
        return tally;
    }

    /** Uploads offered at {@code rate} per second for {@code seconds}, spread evenly over the connections. */
    Tally fixedRate(int rate, double seconds) throws IOException, InterruptedException {
        int total = (int) Math.round(rate * seconds);
        Tally tally = new Tally(total, gateway);
        int c = lanes.size();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        tally.start();
        lanes.run("rate", lane -> {
            for (long k = lane.index(); k < total; k += c) {
                long due = start + k * 1_000_000_000L / rate;
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                upload(lane, tally);
                tally.latencies.record(System.nanoTime() - due);
            }
        });
        tally.end();
        return tally;
    }

    private void upload(Lanes.Lane lane, Tally tally) throws IOException {
        PlanFiles.Plan plan = files.next(lane.office());
        count(tally, upload(lane.connection(), plan), 201, "upload " + plan.name());
    }

    /** {@code POST /v1/documents}: 201 when stored, 200 when it was already there. */
    static HttpConnection.Response upload(HttpConnection connection, PlanFiles.Plan plan) throws IOException {
        return connection.send("POST", "/v1/documents", "X-Renkei-File-Name: " + plan.name() + "\r\n" + CSV,
                plan.content());
    }

    /** The expected status counts as done; 200 for an upload (already there) as other; anything else failed. */
    static void count(Tally tally, HttpConnection.Response r, int expected, String what) {
        if (r.status() == expected) {
            tally.ok.incrementAndGet();
        } else if (expected == 201 && r.status() == 200) {
            tally.other.incrementAndGet();
        } else {
            tally.fail(what + ": " + r.status() + " " + abbreviated(r.text()));
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
