package jp.renkei.gateway;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The gateway's operator command line: {@code demo}, {@code serve}, {@code office add}, {@code audit verify}. */
@Command(
        name = "renkei-gateway",
        mixinStandardHelpOptions = true,
        version = "renkei-gateway 0.1.0",
        description = "The Renkei exchange gateway (mutual-TLS HTTPS) and its operator commands.",
        subcommands = {DemoCommand.class, ServeCommand.class, OfficeCommand.class, AuditCommand.class,
            CommandLine.HelpCommand.class})
public final class GatewayCommand {

    /** Exit status of a command that failed on I/O or the environment (style: 3). */
    static final int FAILED = 3;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new GatewayCommand());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return FAILED;
        });
        return line;
    }
}
