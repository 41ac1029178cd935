package jp.renkei.tools.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The exchange benchmark against a running gateway: registers the offices, opens the connections and the event
 * streams, warms up, then measures in order the floor, uploads as fast as answered, uploads at a fixed offered rate
 * and full exchanges, all over the same connections; returns the JSON summary. Progress goes to {@code log}.
 */
public final class ExchangeBench {

    /**
     * What to run.
     *
     * @param offices N virtual offices (at most {@code connections}: every office has a connection)
     * @param documents M uploads in the closed-loop phase
     * @param connections C keep-alive connections, shared by the phases
     * @param exchanges full exchanges in the exchange phase
     * @param rate offered uploads per second in the fixed-rate phase (0: no such phase)
     * @param rateSeconds length of the fixed-rate phase
     * @param floorSeconds length of the floor phase
     * @param warmup uploads (and a second of floor requests, then a third as many exchanges) before anything is
     *     measured
     * @param bytes size of each document
     * @param firstOffice the first office number; the others follow it
     * @param window exchanges under way at once
     */
    public record Settings(int offices, int documents, int connections, int exchanges, int rate, double rateSeconds,
            double floorSeconds, int warmup, int bytes, String firstOffice, int window) {

        public Settings {
            if (offices < 2 || offices > connections) {
                throw new IllegalArgumentException("need at least 2 offices and no more offices than connections");
            }
        }
    }

    /**
     * The gateway: its address, its CA, the operator's credential, and its process when the bench started it (its
     * CPU time per request is then reported), else null.
     */
    public record Target(URI base, Path ca, Path operatorPkcs12, char[] operatorPassword, ProcessHandle process) {
    }

    private final Settings settings;
    private final Target target;
    private final Enroller enroller;
    private final PrintWriter log;

    public ExchangeBench(Settings settings, Target target, Enroller enroller, PrintWriter log) {
        this.settings = settings;
        this.target = target;
        this.enroller = enroller;
        this.log = log;
    }

    public ObjectNode run() throws IOException, InterruptedException {
        Tls tls = new Tls(target.ca());
        List<Registration.BenchOffice> offices;
        try (HttpConnection operator = new HttpConnection(tls.pkcs12(target.operatorPkcs12(),
                target.operatorPassword()), target.base())) {
            say("registering %d offices from %s", settings.offices(), settings.firstOffice());
            offices = new Registration(operator, enroller, tls).offices(settings.firstOffice(), settings.offices());
        }
        PlanFiles files = new PlanFiles(offices.stream().map(Registration.BenchOffice::number).toList(),
                settings.bytes(), LocalDateTime.now());
        say("generating the 第6表 of %d pairs", offices.size() * (offices.size() - 1));
        files.prepare();
        try (Lanes lanes = new Lanes(offices, settings.connections(), target.base())) {
            lanes.connect(offices);
            return measure(lanes, offices, files);
        }
    }

    private ObjectNode measure(Lanes lanes, List<Registration.BenchOffice> offices, PlanFiles files)
            throws IOException, InterruptedException {
        ExchangePhase exchange = new ExchangePhase(lanes, files, offices.size(), settings.window(),
                target.process());
        List<EventFollower> followers = new ArrayList<>();
        try {
            for (int i = 0; i < offices.size(); i++) {
                followers.add(new EventFollower(i, offices.get(i).tls(), target.base(), exchange).start());
            }
            return phases(lanes, offices, files, exchange, followers);
        } finally {
            followers.forEach(EventFollower::close);
        }
    }

    private ObjectNode phases(Lanes lanes, List<Registration.BenchOffice> offices, PlanFiles files,
            ExchangePhase exchange, List<EventFollower> followers) throws IOException, InterruptedException {
        LoadPhases load = new LoadPhases(lanes, offices, files, target.process());
        int warmExchanges = settings.warmup() / 3;
        say("warming up: %d uploads, 1 s of floor, %d exchanges", settings.warmup(), warmExchanges);
        load.floor(1);
        load.uploads(settings.warmup());
        if (warmExchanges > 0) {
            exchange.run(warmExchanges, Math.max(60, warmExchanges / 50));
        }
        Tally floor = load.floor(settings.floorSeconds());
        say("floor: %.0f requests/s", floor.perSecond());
        Tally uploads = load.uploads(settings.documents());
        say("uploads: %.0f/s", uploads.perSecond());
        Tally rate = settings.rate() > 0 ? load.fixedRate(settings.rate(), settings.rateSeconds()) : null;
        if (rate != null) {
            say("uploads at %d/s: p99 %.1f ms", settings.rate(), rate.latencies.percentiles().p99());
        }
        Tally exchanges = exchange.run(settings.exchanges(), Math.max(60, settings.exchanges() / 50));
        say("exchanges: %.0f/s", exchanges.perSecond());
        for (EventFollower f : followers) {
            if (f.failure() != null) {
                exchanges.fail("event stream: " + f.failure().getMessage());
            }
        }
        return new Summary(settings, files.size()).json(floor, uploads, rate, exchanges);
    }

    private void say(String format, Object... args) {
        log.printf(format + "%n", args);
        log.flush();
    }
}
