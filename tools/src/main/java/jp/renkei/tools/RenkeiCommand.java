package jp.renkei.tools;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code renkei} command line. Exit codes: 0 success, 1 a document is invalid, 2 usage error, 3 I/O or server
 * error. Help goes to stdout, errors to stderr.
 */
@Command(
        name = "renkei",
        mixinStandardHelpOptions = true,
        version = "renkei 0.1.0",
        description = "Care-plan data-linkage (ケアプランデータ連携) files: validate, render, send and receive.",
        subcommands = {CommandLine.HelpCommand.class, ValidateCommand.class, GenerateCommand.class,
            BenchCommand.class, SendCommand.class, ReceiveCommand.class, WatchCommand.class,
            EnrollCommand.class, StatusCommand.class})
public final class RenkeiCommand {

    /** Exit code: a document is invalid. */
    public static final int INVALID = 1;
    /** Exit code: the command line was wrong. */
    public static final int USAGE = 2;
    /** Exit code: a file could not be read or written, or the server failed. */
    public static final int IO = 3;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with every subcommand, ready to {@code execute}; tests use it with captured output. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new RenkeiCommand()); // picocli exits 2 on invalid input
        line.setExecutionExceptionHandler(RenkeiCommand::failed);
        return line;
    }

    /** I/O and server failures exit 3 with one line on stderr; anything else is a bug and shows its trace. */
    private static int failed(Exception e, CommandLine line, CommandLine.ParseResult parsed) throws Exception {
        if (!(e instanceof java.io.IOException)) {
            throw e;
        }
        line.getErr().println("renkei " + line.getCommandName() + ": " + e.getMessage());
        line.getErr().flush();
        return IO;
    }
}
