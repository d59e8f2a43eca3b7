package nl.kamerbrief.mandates.annotate.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.Action;
import nl.kamerbrief.mandates.annotate.ActionCue;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Annotator;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.rules.Table;

/**
 * Decision language from {@code rules/actions.tsv}: every match of a pattern over the folded text is an
 * {@link ActionCue}. Which contribution a cue decides about is the assembler's question, not this stage's.
 */
public final class ActionAnnotator implements Annotator {

    private record Rule(Pattern pattern, Action action, String scope) {
    }

    private final List<Rule> rules = new ArrayList<>();

    public ActionAnnotator(RuleSet ruleSet) {
        for (Table.Row r : ruleSet.table("actions.tsv").rows()) {
            String scope = r.get("scope").isEmpty() ? "decision" : r.get("scope");
            rules.add(new Rule(Pattern.compile(r.get("pattern")), Action.of(r.get("action")), scope));
        }
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
            Matcher m = r.pattern().matcher(folded);
            while (m.find()) {
                if (m.end() > m.start()) {
                    out.add(new ActionCue(t.view().toSource(m.start(), m.end()), r.action(), r.scope()));
                }
            }
        }
        return out;
    }
}
