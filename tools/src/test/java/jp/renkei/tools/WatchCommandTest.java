package jp.renkei.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import jp.renkei.protocol.validate.Validator;
import jp.renkei.tools.client.NamedContent;
import jp.renkei.tools.client.RenkeiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** watch across a gateway restart and a dropped connection: every document handled exactly once. */
class WatchCommandTest {

    static final String CARE = "1310000015";
    static final String SERVICE = "1310000023";

    @TempDir
    Path root;

    private final List<String> sent = new ArrayList<>();
    private RenkeiClient care;
    private int sequence;
    private final AtomicReference<Cli.Result> watchResult = new AtomicReference<>();

    @Test
    void everyDocumentIsHandledExactlyOnceAcrossARestartAndADrop() throws Exception {
        try (TestGateway gateway = TestGateway.start(root.resolve("gateway"));
                FlakyProxy proxy = new FlakyProxy(0)) {
            care = gateway.client(gateway.office(CARE, "43", root.resolve("care")));
            Path service = gateway.office(SERVICE, "11", root.resolve("service"));
            proxy.retarget(gateway.port());
            Path to = root.resolve("inbox");
            Path log = root.resolve("handled.log");
            Thread watch = watch(gateway, proxy, service, to, log);

            send(2);
            awaitLines(log, 2);
            settle();
            gateway.restart();
            send(2); // may land before the watch reconnects: the reconciliation finds them
            awaitLines(log, 4);
            settle();
            proxy.dropAll();
            send(2);
            awaitLines(log, 6);
            watch.interrupt();
            watch.join(10_000);
            assertThat(watchResult.get()).isNotNull();
            assertThat(watchResult.get().err()).as("the outages are reported")
                    .contains("renkei watch: connection lost (").contains("renkei watch: reconnected");

            assertThat(Files.readAllLines(log)).hasSize(6).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(sent.stream().map(n -> to.resolve(n).toString()).toList());
            for (String name : sent) {
                assertThat(Files.size(to.resolve(name))).isPositive();
            }
        }
    }

    private Thread watch(TestGateway gateway, FlakyProxy proxy, Path service, Path to, Path log) throws Exception {
        Path script = root.resolve("record.sh");
        Files.writeString(script, "#!/bin/sh\necho \"$1\" >> " + log + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        Thread thread = new Thread(() -> watchResult.set(Cli.run("watch", "--url", "https://localhost:" + proxy.port(),
                "--ca", gateway.caFile().toString(), "--p12", service.resolve("cert.p12").toString(),
                "--to", to.toString(), "--exec", script.toString())), "watch-under-test");
        thread.start();
        return thread;
    }

    private void send(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            Validator.Named plan = Generated.plan(CARE, SERVICE, String.format("202508010900%02d", ++sequence), 1);
            care.upload(new NamedContent(plan.name(), plan.content()));
            sent.add(plan.name());
        }
    }

    /**
     * Lets the watch finish the inbox drain an event started and go back to its stream. An outage during a drain is
     * not one of the stream: the client's retries of the drain's calls carry it over a restart, it may find the
     * documents sent meanwhile, and it reports nothing until it reads its stream again.
     */
    private static void settle() throws InterruptedException {
        Thread.sleep(1000);
    }

    private static void awaitLines(Path log, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readAllLines(log).size() >= count) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the watch handled " + (Files.exists(log) ? Files.readAllLines(log).size() : 0)
                + " documents, not " + count);
    }
}
