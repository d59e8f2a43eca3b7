package nl.kamerbrief.mandates.annotate.frames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.RulePattern;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Annotator;
import nl.kamerbrief.mandates.annotate.Frame;
import nl.kamerbrief.mandates.annotate.FrameCue;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.rules.PlaceEntry;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.rules.Table;
import nl.kamerbrief.mandates.text.Folding;

/**
 * Framing cues from {@code rules/frames.tsv} (who acts, how certain, whose mandate or size a number is). An
 * actor cue counts only where a subject can stand ({@code rules/agents.tsv}): not after a preposition ("van
 * Nederland", "in Mali"), and a foreign country only at the start of a clause or after a finite verb ("Zo neemt
 * Duitsland ... deel", "heeft België ... overgenomen").
 */
public final class FrameAnnotator implements Annotator {

    private record Rule(RulePattern pattern, Frame frame) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final RulePattern countries;
    private final Set<String> openers = new HashSet<>();
    private final Set<String> verbs = new HashSet<>();
    private final Set<String> prepositions = new HashSet<>();

    public FrameAnnotator(RuleSet ruleSet) {
        for (Table.Row r : ruleSet.table("frames.tsv").rows()) {
            rules.add(new Rule(RulePattern.compile(r.get("pattern")), Frame.of(r.get("frame"))));
        }
        for (Table.Row r : ruleSet.table("agents.tsv").rows()) {
            switch (r.get("role")) {
                case "opener" -> openers.add(r.get("word"));
                case "verb" -> verbs.add(r.get("word"));
                default -> prepositions.add(r.get("word"));
            }
        }
        List<String> names = new ArrayList<>();
        for (PlaceEntry p : ruleSet.places()) {
            if ("country".equals(p.type())) {
                names.add(Pattern.quote(Folding.foldSameLength(p.nl())));
            }
        }
        names.sort((a, b) -> Integer.compare(b.length(), a.length()));
        countries = RulePattern.compile("\\b(" + String.join("|", names) + ")\\b(?!-)");
    }

    @Override
    public Layer adds() {
        return Layer.FRAMES;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public List<FrameCue> annotate(AnnotatedText t) {
        String folded = t.view().flat();
        List<FrameCue> out = new ArrayList<>();
        for (Rule r : rules) {
            boolean actor = r.frame() == Frame.DUTCH_AGENT || r.frame() == Frame.FOREIGN_AGENT;
            for (MatchResult m : r.pattern().matches(folded)) {
                if (actor) {
                    String before = previousToken(folded, afterArticle(folded, m.start()));
                    if (prepositions.contains(before) || before.equals("en") || before.equals("of")
                            || m.start() > 0 && folded.charAt(m.start() - 1) == '-') {
                        continue;
                    }
                }
                out.add(new FrameCue(t.view().toSource(m.start(), m.end()), r.frame()));
            }
        }
        for (MatchResult m : countries.matches(folded)) {
            String before = previousToken(folded, m.start());
            boolean subject = before.isEmpty() || before.equals(".") || before.equals("\n") || before.equals(":")
                    || openers.contains(before) || verbs.contains(before);
            if (subject && !(m.start() > 0 && folded.charAt(m.start() - 1) == '-')) {
                out.add(new FrameCue(t.view().toSource(m.start(), m.end()), Frame.FOREIGN_AGENT));
            }
        }
        return out;
    }

    /** Where to look for the word before an actor: before its article ("heeft [de] Koninklijke Marechaussee"). */
    static int afterArticle(String folded, int i) {
        String before = previousToken(folded, i);
        if (!before.equals("de") && !before.equals("het")) {
            return i;
        }
        int e = i;
        while (e > 0 && folded.charAt(e - 1) == ' ') {
            e--;
        }
        return e - before.length();
    }

    /** The word (or punctuation mark, or "" at the start) before position {@code i} of the folded text. */
    static String previousToken(String folded, int i) {
        int e = i;
        while (e > 0 && folded.charAt(e - 1) == ' ') {
            e--;
        }
        if (e == 0) {
            return "";
        }
        char c = folded.charAt(e - 1);
        if (!Character.isLetterOrDigit(c)) {
            return String.valueOf(c);
        }
        int b = e;
        while (b > 0 && Character.isLetterOrDigit(folded.charAt(b - 1))) {
            b--;
        }
        return folded.substring(b, e);
    }
}
