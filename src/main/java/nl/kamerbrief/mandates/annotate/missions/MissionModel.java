package nl.kamerbrief.mandates.annotate.missions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.EntityMention;
import nl.kamerbrief.mandates.annotate.Segment;
import nl.kamerbrief.mandates.annotate.Token;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.rules.Table;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The trained OpenNLP name finder for missions ({@code rules/models/missions-nl.bin}, built by
 * {@code mandates train}). It runs only on candidate sentences, those with a number, a personnel noun or
 * decision language, and proposes names the rules did not find; such missions have {@code known: false}.
 * Loaded once; a {@link NameFinderME} per call, since it keeps adaptive state.
 */
public final class MissionModel {

    /** The file under {@code rules/models/}. */
    public static final String FILE = "missions-nl.bin";
    /** The entity type the model is trained for. */
    public static final String TYPE = "mission";
    /** Probability below which a model name is ignored. */
    private static final double MIN_PROBABILITY = 0.6;

    private final TokenNameFinderModel model;
    private final Pattern candidateCue;

    private MissionModel(TokenNameFinderModel model, Pattern candidateCue) {
        this.model = model;
        this.candidateCue = candidateCue;
    }

    /** The model of {@code rules/models/}, or null when none has been trained. */
    public static MissionModel load(RuleSet rules) throws IOException {
        Path p = rules.model(FILE);
        if (p == null) {
            return null;
        }
        return new MissionModel(new TokenNameFinderModel(p), candidateCue(rules));
    }

    /**
     * Sentences worth the model's time: a digit, a personnel noun or a word of decision language
     * ({@code personnel.tsv}, {@code actions.tsv}).
     */
    static Pattern candidateCue(RuleSet rules) {
        List<String> alternatives = new ArrayList<>();
        alternatives.add("\\d");
        for (Table.Row r : rules.table("personnel.tsv").rows()) {
            for (String f : r.list("forms")) {
                alternatives.add("\\b" + Pattern.quote(f.toLowerCase(Locale.ROOT)));
            }
        }
        for (Table.Row r : rules.table("actions.tsv").rows()) {
            if (!"state".equals(r.get("scope"))) {
                alternatives.add("(?:" + r.get("pattern") + ")");
            }
        }
        return Pattern.compile(String.join("|", alternatives));
    }

    /** Whether a segment (folded text) is a candidate for the model. */
    boolean isCandidate(String foldedSegment) {
        return candidateCue.matcher(foldedSegment).find();
    }

    void find(AnnotatedText t, List<Token> tokens, List<Candidate> out) {
        NameFinderME finder = new NameFinderME(model);
        String view = t.view().text();
        int ti = 0;
        for (Segment seg : t.segments()) {
            if (seg.question()) {
                continue;
            }
            String folded = t.view().foldedText(seg.span());
            if (!isCandidate(folded)) {
                continue;
            }
            int vs = t.view().toView(seg.span().start());
            int ve = t.view().toView(seg.span().end());
            while (ti < tokens.size() && tokens.get(ti).start() < vs) {
                ti++;
            }
            int first = ti;
            int last = first;
            while (last < tokens.size() && tokens.get(last).end() <= ve) {
                last++;
            }
            if (last <= first) {
                continue;
            }
            String[] words = new String[last - first];
            for (int k = first; k < last; k++) {
                words[k - first] = view.substring(tokens.get(k).start(), tokens.get(k).end());
            }
            Span[] spans = finder.find(words);
            for (Span s : spans) {
                if (s.getProb() < MIN_PROBABILITY) {
                    continue;
                }
                StringBuilder name = new StringBuilder();
                boolean capital = false;
                for (int k = s.getStart(); k < s.getEnd(); k++) {
                    if (name.length() > 0) {
                        name.append(' ');
                    }
                    name.append(words[k]);
                    capital |= Character.isUpperCase(words[k].charAt(0));
                }
                if (!capital) {
                    continue;
                }
                out.add(Candidate.unknown(first + s.getStart(), first + s.getEnd(), name.toString(),
                        EntityMention.Source.MODEL, null, List.of()));
            }
        }
        finder.clearAdaptiveData();
    }

    /** The words of a segment as the model sees them (view text, split like the rules split it). */
    static String[] words(String view, List<Token> tokens, int first, int last) {
        String[] words = new String[last - first];
        for (int k = first; k < last; k++) {
            words[k - first] = view.substring(tokens.get(k).start(), tokens.get(k).end());
        }
        return words;
    }
}
