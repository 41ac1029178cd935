package jp.renkei.tools;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the {@code renkei} command line in-process through picocli's {@code execute}, capturing its output. */
final class Cli {

    /** The exit code and everything printed. */
    record Result(int exit, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = RenkeiCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** {@code command}, the connection options of the office whose credentials are in {@code dir}, {@code rest}. */
    static String[] as(TestGateway gateway, java.nio.file.Path dir, String command, String... rest) {
        List<String> args = new ArrayList<>(List.of(command, "--url", gateway.url(),
                "--ca", gateway.caFile().toString(),
                "--p12", dir.resolve("cert.p12").toString(), "--password", TestGateway.PASSWORD));
        args.addAll(List.of(rest));
        return args.toArray(String[]::new);
    }
}
