package jp.renkei.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.renkei.protocol.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded {@code renkei.jar}, run as an office would: send a directory from one office, receive it at another. */
class RenkeiJarIT {

    record Run(int exit, String output) {
    }

    @TempDir
    Path root;

    @Test
    void theJarSendsADirectoryAndTheOtherOfficeReceivesItWhole() throws Exception {
        try (TestGateway gateway = TestGateway.start(root.resolve("gateway"))) {
            Path care = gateway.office("1310000015", "43", root.resolve("care"));
            Path service = gateway.office("1310000023", "11", root.resolve("service"));
            Path outgoing = Files.createDirectories(root.resolve("outgoing"));
            List<Validator.Named> set = Generated.serviceUseSet("1310000015", "1310000023", "20250901090001", 1);
            for (Validator.Named f : set) {
                Files.write(outgoing.resolve(f.name()), f.content());
            }
            Run send = jar(gateway, care, "send", outgoing.toString());
            assertThat(send.exit()).as(send.output()).isZero();
            assertThat(send.output()).contains("summary: 3 sent");
            Path incoming = root.resolve("incoming");
            Run receive = jar(gateway, service, "receive", "--to", incoming.toString(), "--receipt", "imported");
            assertThat(receive.exit()).as(receive.output()).isZero();
            for (Validator.Named f : set) {
                assertThat(Files.readAllBytes(incoming.resolve(f.name()))).isEqualTo(f.content());
            }
            assertThat(jar(gateway, care, "send", "--nonsense").exit()).isEqualTo(RenkeiCommand.USAGE);
        }
    }

    private Run jar(TestGateway gateway, Path office, String command, String... rest) throws IOException,
            InterruptedException {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("renkei.jar", "target/renkei.jar"), command, "--url", gateway.url(),
                "--ca", gateway.caFile().toString(), "--p12", office.resolve("cert.p12").toString()));
        args.addAll(List.of(rest));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
