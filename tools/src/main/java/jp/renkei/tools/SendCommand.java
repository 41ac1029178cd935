package jp.renkei.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.renkei.protocol.validate.Finding;
import jp.renkei.protocol.validate.Validator;
import jp.renkei.tools.client.ApiErrorException;
import jp.renkei.tools.client.NamedContent;
import jp.renkei.tools.client.RemoteFinding;
import jp.renkei.tools.client.RenkeiClient;
import jp.renkei.tools.client.Upload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code send FILE|DIR...}: validates locally, then uploads each sending unit (a set, or a lone file) that is valid.
 * Safe to re-run: the gateway answers 200 for what it already has.
 */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Validate files locally, then send them to the gateway: the files of one sending unit (same"
                + " sender, recipient and ファイル連番) together as a set, a lone file alone.",
            "Nothing invalid is sent unless --force, nor another office's files (their sender is not the"
                + " credential's office). Safe to re-run: what the gateway already has is reported as 'already"
                + " there'. Exit 0 when all was sent, 1 when something was invalid, another office's or rejected, 3"
                + " on I/O or server errors."})
final class SendCommand implements Callable<Integer> {

    enum Outcome { NEW, ALREADY_THERE, INVALID, NOT_OURS, REJECTED, FAILED }

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files, or directories of files, to send.")
    List<Path> inputs;

    @Option(names = "--force", description = "Send units that fail local validation too (the gateway decides).")
    boolean force;

    @Option(names = "--parallel", defaultValue = "4", description = "Uploads at a time, each for another address"
            + " (sender and recipient): one address's units go one by one, in ファイル連番 order"
            + " (default ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "auto|bar|lines",
            description = "A progress bar on a terminal, plain lines otherwise (default ${DEFAULT-VALUE}).")
    String progressMode;

    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<SendPlan.Unit> units = SendPlan.of(read(SendPlan.files(inputs)), new Validator());
        List<SendPlan.Unit> sending = new ArrayList<>();
        for (SendPlan.Unit unit : units) {
            show(out, unit.findings());
            if (unit.valid() || force) {
                sending.add(unit);
            } else {
                out.println("not sent (invalid): " + unit.label());
                count(Outcome.INVALID, unit.files().size());
            }
        }
        if (!sending.isEmpty()) {
            RenkeiClient client = connection.client();
            List<SendPlan.Unit> ours = ours(sending, client.officeNumber().orElse(null), out);
            if (!ours.isEmpty()) {
                upload(ours, client, out);
            }
        }
        out.println(summary());
        out.flush();
        return exitCode();
    }

    /**
     * The units this office may send: the gateway refuses a file whose sender is another office (403), so such
     * files are reported here and not sent (a directory of a whole month holds every office's files).
     */
    private List<SendPlan.Unit> ours(List<SendPlan.Unit> units, String office, PrintWriter out) {
        List<SendPlan.Unit> ours = new ArrayList<>();
        for (SendPlan.Unit unit : units) {
            String sender = unit.sender();
            if (office == null || sender == null || sender.equals(office)) {
                ours.add(unit);
            } else {
                out.println("not sent (from office " + sender + ", not this office " + office + "): "
                        + unit.label());
                count(Outcome.NOT_OURS, unit.files().size());
            }
        }
        return ours;
    }

    /**
     * Sends the units of each address one after another in ファイル連番 order, and different addresses in parallel:
     * a unit that reaches the gateway after a newer one of its address draws SEQ-001, and its receiver would process
     * it after the newer data. After a unit fails (not rejected: no answer, or a server error) the rest of its address
     * wait for the next run, so that they never overtake it.
     */
    private void upload(List<SendPlan.Unit> units, RenkeiClient client, PrintWriter out) throws Exception {
        int files = units.stream().mapToInt(u -> u.files().size()).sum();
        Progress progress = new Progress(out, bar(), files);
        Map<String, List<SendPlan.Unit>> byAddress = new LinkedHashMap<>();
        units.stream().sorted(Comparator.comparing(SendPlan.Unit::sequence))
                .forEach(u -> byAddress.computeIfAbsent(u.address(), a -> new ArrayList<>()).add(u));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, byAddress.size())));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<SendPlan.Unit> address : byAddress.values()) {
                running.add(pool.submit(() -> sendInOrder(client, address, progress)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void sendInOrder(RenkeiClient client, List<SendPlan.Unit> units, Progress progress) {
        boolean failed = false;
        for (SendPlan.Unit unit : units) {
            if (failed) {
                report(unit, Outcome.FAILED, "failed: not sent after an earlier unit of its address failed", progress);
            } else {
                failed = send(client, unit, progress) == Outcome.FAILED;
            }
        }
    }

    private Outcome send(RenkeiClient client, SendPlan.Unit unit, Progress progress) {
        List<NamedContent> files = unit.files().stream().map(f -> new NamedContent(f.name(), f.content())).toList();
        Outcome outcome;
        String detail;
        try {
            Upload upload = unit.set() ? client.uploadSet(files) : client.upload(files.get(0));
            outcome = upload.created() ? Outcome.NEW : Outcome.ALREADY_THERE;
            detail = outcome == Outcome.NEW ? "sent" : "already there";
        } catch (ApiErrorException e) {
            outcome = e.status() == 422 ? Outcome.REJECTED : Outcome.FAILED;
            detail = (outcome == Outcome.REJECTED ? "rejected: " : "failed: ") + e.getMessage()
                    + remote(e.findings());
        } catch (IOException e) {
            outcome = Outcome.FAILED;
            detail = "failed: " + e;
        }
        report(unit, outcome, detail, progress);
        return outcome;
    }

    private void report(SendPlan.Unit unit, Outcome outcome, String detail, Progress progress) {
        count(outcome, unit.files().size());
        boolean problem = outcome == Outcome.REJECTED || outcome == Outcome.FAILED;
        for (Validator.Named file : unit.files()) {
            progress.step(detail + ": " + file.name(), problem && file == unit.files().get(0));
            detail = problem ? "(same set)" : detail;
        }
    }

    private boolean bar() {
        return switch (progressMode) {
            case "bar" -> true;
            case "lines" -> false;
            default -> Progress.terminal();
        };
    }

    private static List<Validator.Named> read(List<Path> files) throws IOException {
        List<Validator.Named> named = new ArrayList<>();
        for (Path file : files) {
            named.add(new Validator.Named(file.getFileName().toString(), Files.readAllBytes(file)));
        }
        return named;
    }

    static void show(PrintWriter out, List<Finding> findings) {
        for (Finding f : findings) {
            out.printf("%s:%s %s %s%s %s%n", f.file(), f.line() > 0 ? f.line() : "-", f.rule().id(),
                    f.severity(), f.item() > 0 ? " No." + f.item() + (f.itemName() == null ? "" : " " + f.itemName())
                    : "", f.message());
        }
    }

    private static String remote(List<RemoteFinding> findings) {
        StringBuilder text = new StringBuilder();
        for (RemoteFinding f : findings) {
            text.append(System.lineSeparator()).append("  ").append(f.file()).append(':')
                    .append(f.line() > 0 ? f.line() : "-").append(' ').append(f.rule()).append(' ')
                    .append(f.severity()).append(' ').append(f.message());
        }
        return text.toString();
    }

    private synchronized void count(Outcome outcome, int files) {
        counts.merge(outcome, files, Integer::sum);
    }

    private synchronized String summary() {
        return String.format("summary: %d sent, %d already there, %d invalid (not sent), %d another office's (not"
                + " sent), %d rejected, %d failed", n(Outcome.NEW), n(Outcome.ALREADY_THERE), n(Outcome.INVALID),
                n(Outcome.NOT_OURS), n(Outcome.REJECTED), n(Outcome.FAILED));
    }

    private synchronized int exitCode() {
        if (n(Outcome.FAILED) > 0) {
            return RenkeiCommand.IO;
        }
        return n(Outcome.INVALID) + n(Outcome.NOT_OURS) + n(Outcome.REJECTED) > 0 ? RenkeiCommand.INVALID : 0;
    }

    private int n(Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }
}
