package nl.kamerbrief.mandates.annotate.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Framing cues from {@code rules/frames.tsv} (who acts, how certain, whose mandate or size a number is), plus
 * every foreign country of {@code rules/places.tsv} that stands as an actor, not after a preposition
 * ("Zo neemt Duitsland ... deel", not "in Mali").
 */
public final class FrameAnnotator implements Annotator {

    private record Rule(Pattern pattern, Frame frame) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final Pattern countries;
    private static final Set<String> PREPOSITIONS = Set.of("in", "naar", "uit", "van", "aan", "met", "tegen", "op",
            "voor", "bij", "richting", "over", "tussen", "door", "binnen", "buiten", "rond", "nabij", "vanuit",
            "langs", "boven", "en", "of", "de", "het", "zuid", "noord", "oost", "west");

    public FrameAnnotator(RuleSet ruleSet) {
        for (Table.Row r : ruleSet.table("frames.tsv").rows()) {
            rules.add(new Rule(Pattern.compile(r.get("pattern")), Frame.of(r.get("frame"))));
        }
        List<String> names = new ArrayList<>();
        for (PlaceEntry p : ruleSet.places()) {
            if ("country".equals(p.type())) {
                names.add(Pattern.quote(Folding.foldSameLength(p.nl())));
            }
        }
        names.sort((a, b) -> Integer.compare(b.length(), a.length()));
        countries = Pattern.compile("\\b(" + String.join("|", names) + ")\\b");
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
        String folded = t.view().folded();
        List<FrameCue> out = new ArrayList<>();
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(folded);
            while (m.find()) {
                if (m.end() > m.start()) {
                    out.add(new FrameCue(t.view().toSource(m.start(), m.end()), r.frame()));
                }
            }
        }
        Matcher m = countries.matcher(folded);
        while (m.find()) {
            int s = m.start();
            int e = s;
            while (e > 0 && folded.charAt(e - 1) == ' ') {
                e--;
            }
            int b = e;
            while (b > 0 && Character.isLetter(folded.charAt(b - 1))) {
                b--;
            }
            String previous = folded.substring(b, e);
            boolean hyphenated = s > 0 && folded.charAt(s - 1) == '-' || m.end() < folded.length()
                    && folded.charAt(m.end()) == '-';
            if (!PREPOSITIONS.contains(previous) && !hyphenated) {
                out.add(new FrameCue(t.view().toSource(m.start(), m.end()), Frame.FOREIGN_AGENT));
            }
        }
        return out;
    }
}
