package jp.renkei.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A gateway in a JVM of its own ({@code serve --config FILE}), for tests that kill it or run several. */
final class ChildGateway {

    private static final Pattern LISTENING = Pattern.compile("listening on (https://\\S+)");

    private ChildGateway() {
    }

    static Process start(Path properties) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                GatewayCommand.class.getName(), "serve", "--config", properties.toString())
                .redirectErrorStream(true).start();
    }

    /** Reads the child's output until it says where it listens, then keeps draining it so it never blocks. */
    static String baseUrl(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "drain-gateway-output");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IllegalStateException("the gateway did not start:\n" + seen);
    }
}
