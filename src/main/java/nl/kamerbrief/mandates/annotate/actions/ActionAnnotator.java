package nl.kamerbrief.mandates.annotate.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.RulePattern;
import nl.kamerbrief.mandates.annotate.Action;
import nl.kamerbrief.mandates.annotate.ActionCue;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Annotator;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.rules.Table;

/**
 * Decision language from {@code rules/actions.tsv}: every match of a pattern over the folded text is an
 * {@link ActionCue}. A negated cue ({@code rules/negations.tsv}) turns: a negated "new" is a decline, a negated
 * "extend" a termination, any other negated cue is dropped. Which contribution a cue decides about is the
 * assembler's question, not this stage's.
 */
public final class ActionAnnotator implements Annotator {

    private record Rule(RulePattern pattern, Action action, String scope) {
    }

    /** Words between a negation and the cue it negates, at most. */
    private static final int NEGATION_REACH = 6;

    private final List<Rule> rules = new ArrayList<>();
    private final Pattern negation;
    private final Pattern notNegation;

    public ActionAnnotator(RuleSet ruleSet) {
        for (Table.Row r : ruleSet.table("actions.tsv").rows()) {
            String scope = r.get("scope").isEmpty() ? "decision" : r.get("scope");
            rules.add(new Rule(RulePattern.compile(r.get("pattern")), Action.of(r.get("action")), scope));
        }
        List<String> neg = new ArrayList<>();
        List<String> not = new ArrayList<>();
        for (Table.Row r : ruleSet.table("negations.tsv").rows()) {
            ("not-negation".equals(r.get("kind")) ? not : neg).add("(?:" + r.get("pattern") + ")");
        }
        negation = neg.isEmpty() ? null : Pattern.compile(String.join("|", neg));
        notNegation = not.isEmpty() ? null : Pattern.compile(String.join("|", not));
    }

    @Override
    public Layer adds() {
        return Layer.ACTIONS;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public List<ActionCue> annotate(AnnotatedText t) {
        String folded = t.view().flat();
        List<ActionCue> out = new ArrayList<>();
        for (Rule r : rules) {
            for (MatchResult m : r.pattern().matches(folded)) {
                Action action = r.action();
                if (r.action() != Action.DECLINE && negated(folded, m.start(), m.end())) {
                    if (r.action() == Action.NEW && !"state".equals(r.scope())) {
                        action = Action.DECLINE;
                    } else if (r.action() == Action.EXTEND && !"state".equals(r.scope())) {
                        action = Action.TERMINATE;
                    } else {
                        continue;
                    }
                }
                out.add(new ActionCue(t.view().toSource(m.start(), m.end()), action, r.scope()));
            }
        }
        return out;
    }

    /** A negation in the cue's clause: before it (within reach) or after it at the clause's end. */
    private boolean negated(String folded, int start, int end) {
        if (negation == null) {
            return false;
        }
        int from = clauseStart(folded, start);
        String before = folded.substring(from, start);
        Matcher n = negation.matcher(before);
        while (n.find()) {
            int wordsBetween = before.substring(n.end()).trim().split("\\s+").length;
            if (!isNotNegation(before, n.start()) && wordsBetween <= NEGATION_REACH) {
                return true;
            }
        }
        int to = clauseEnd(folded, end);
        String after = folded.substring(end, to);
        Matcher a = negation.matcher(after);
        // "verlengt de bijdrage niet."
        return a.find() && after.substring(a.end()).isBlank()
                && after.trim().split("\\s+").length <= NEGATION_REACH;
    }

    private boolean isNotNegation(String text, int at) {
        if (notNegation == null) {
            return false;
        }
        Matcher m = notNegation.matcher(text);
        while (m.find()) {
            if (m.start() == at) {
                return true;
            }
        }
        return false;
    }

    private static int clauseStart(String s, int i) {
        int k = i;
        while (k > 0 && ",;:.?!()\n".indexOf(s.charAt(k - 1)) < 0) {
            k--;
        }
        return k;
    }

    private static int clauseEnd(String s, int i) {
        int k = i;
        while (k < s.length() && ",;:.?!()\n".indexOf(s.charAt(k)) < 0) {
            k++;
        }
        return k;
    }
}
