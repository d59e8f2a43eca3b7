package nl.kamerbrief.mandates.cli;

import java.util.concurrent.Callable;
import nl.kamerbrief.mandates.rules.RuleException;
import nl.kamerbrief.mandates.rules.RuleProblem;
import nl.kamerbrief.mandates.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code mandates rules check}: validates the rule files. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with the rules folder.",
        subcommands = {RulesCommand.Check.class, RulesCommand.Words.class})
final class RulesCommand implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // a command is needed: show what there is, as a usage error
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Validate the rule files: every file parses, every pattern compiles and matches its",
                    "example, ids and names are unique, no alias names two missions, links resolve.",
                    "Exit 0 when valid (warnings allowed), 1 when not."})
    static final class Check implements Callable<Integer> {

        @Mixin
        Common common;

        @Override
        public Integer call() {
            try {
                RuleSet r = RuleSet.load(common.rulesDir());
                for (RuleProblem w : r.warnings()) {
                    common.out().println(w);
                }
                common.out().printf("%s: valid: %d missions, %d places, %d non-missions, %d warnings; digest %s%n",
                        common.rulesDir(), r.missions().size(), r.places().size(), r.nonMissions().size(),
                        r.warnings().size(), r.digest().substring(0, 12));
                return 0;
            } catch (RuleException e) {
                for (RuleProblem p : e.problems()) {
                    common.out().println(p);
                }
                long errors = e.problems().stream().filter(p -> p.severity() == RuleProblem.Severity.ERROR).count();
                common.out().printf("%s: %d errors%n", common.rulesDir(), errors);
                return 1;
            }
        }
    }

    @Command(name = "words", mixinStandardHelpOptions = true,
            description = {"Rebuild the Dutch word list (<rules>/" + Limits.WORDS + ") that decides line-end",
                    "hyphenation in PDFs, from the hunspell-nl dictionary (apt-get install hunspell-nl) and",
                    "the words of the corpus. Exit 0 when written, 2 when the dictionary is missing."})
    static final class Words implements Callable<Integer> {

        @Mixin
        Common common;

        @picocli.CommandLine.Option(names = "--hunspell", paramLabel = "FILE",
                defaultValue = "/usr/share/hunspell/nl.dic",
                description = "The hunspell dictionary (default: ${DEFAULT-VALUE}).")
        java.nio.file.Path dictionary;

        @picocli.CommandLine.Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
                description = "Letters whose words join the list (default: ${DEFAULT-VALUE}).")
        java.nio.file.Path corpus;

        @Override
        public Integer call() throws java.io.IOException {
            common.applyLogLevel();
            if (!java.nio.file.Files.isRegularFile(dictionary)) {
                common.err().println("mandates rules words: no dictionary " + dictionary
                        + "; install it with: sudo apt-get install hunspell-nl");
                return 2;
            }
            common.out().println(nl.kamerbrief.mandates.ingest.pdf.WordListBuilder.rebuild(dictionary, corpus,
                    common.rulesDir().resolve(Limits.WORDS)));
            return 0;
        }
    }
}
