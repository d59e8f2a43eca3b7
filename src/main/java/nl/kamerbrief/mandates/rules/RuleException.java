package nl.kamerbrief.mandates.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files could not be loaded; every problem found is listed, not only the first. */
public final class RuleException extends Exception {

    private final transient List<RuleProblem> problems;

    public RuleException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
