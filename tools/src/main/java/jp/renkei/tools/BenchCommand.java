package jp.renkei.tools;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code renkei bench SUBCOMMAND}: throughput measurements, one subcommand per measured part ({@code validate},
 * {@code exchange};
 * further parts add their own subcommand here). Benchmarks never run in the test phase.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {BenchValidateCommand.class, BenchRenderCommand.class, BenchExchangeCommand.class},
        description = "Measure throughput on generated files (plain text and a JSON summary line).")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return RenkeiCommand.USAGE;
    }
}
