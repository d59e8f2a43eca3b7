package nl.kamerbrief.mandates.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code mandates}: Dutch contributions to international missions, from letters to parliament into
 * source-grounded JSON records. The only place that calls {@link System#exit}.
 */
@Command(name = "mandates", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Extract Dutch contributions to international missions from letters to parliament.",
        subcommands = {ExtractCommand.class, SyncCommand.class, RunCommand.class, DatasetCommand.class,
                ReportCommand.class, EvalCommand.class, ExplainCommand.class, RulesCommand.class, TextCommand.class,
                TrainCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  no input failed (skipped inputs are fine)", "  1  some inputs failed",
                "  2  usage error", "  3  another run holds the output folder"})
public final class MandatesCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // a command is needed: show what there is, as a usage error
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (tests call {@code execute} on it). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new MandatesCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            cmd.getErr().println("mandates: " + ex.getMessage());
            return 1;
        });
        return cl;
    }
}
