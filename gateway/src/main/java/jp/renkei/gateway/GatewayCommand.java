package jp.renkei.gateway;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The gateway's operator command line: {@code demo}, {@code serve}, {@code office add}, {@code audit verify}. */
@Command(
        name = "renkei-gateway",
        mixinStandardHelpOptions = true,
        version = "renkei-gateway 0.1.0",
        description = "The Renkei exchange gateway (mutual-TLS HTTPS) and its operator commands.",
        subcommands = {CommandLine.HelpCommand.class})
public final class GatewayCommand {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new GatewayCommand());
    }
}
