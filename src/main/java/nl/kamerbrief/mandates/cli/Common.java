package nl.kamerbrief.mandates.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares: where the rules are, and how much to log. */
final class Common {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder (default: rules/ of the installation, else ./rules).")
    Path rules;

    @Option(names = {"-v", "--verbose"}, description = "Log more on stderr.")
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
        String level = verbose ? "DEBUG" : quiet ? "WARN" : "INFO";
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.toLevel(level));
    }
}
