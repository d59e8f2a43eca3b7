package nl.kamerbrief.mandates.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command shares: where the rules are, and how much to log. */
final class Common {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Standard output as picocli holds it (tests and callers may redirect it). */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** Standard error as picocli holds it: logs, progress and messages. */
    PrintWriter err() {
        return command.commandLine().getErr();
    }

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder (default: rules/ of the installation, else ./rules).")
    Path rules;

    @Option(names = {"-v", "--verbose"}, description = "Say more: debug logs on stderr (eval: every miss and extra).")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Log only warnings and errors on stderr.")
    boolean quiet;

    Path rulesDir() {
        if (rules != null) {
            return rules;
        }
        String home = System.getProperty("mandates.home");
        if (home != null && Files.isDirectory(Path.of(home, "rules"))) {
            return Path.of(home, "rules");
        }
        return Path.of("rules");
    }

    void applyLogLevel() {
        applyLogLevel(true);
    }

    /** Sets the log level; {@code verboseLogs} false keeps -v for a command's own output (eval's misses). */
    void applyLogLevel(boolean verboseLogs) {
        String level = verbose && verboseLogs ? "DEBUG" : quiet ? "WARN" : "INFO";
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.toLevel(level));
    }
}
