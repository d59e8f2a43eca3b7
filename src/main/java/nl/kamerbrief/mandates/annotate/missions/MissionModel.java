package nl.kamerbrief.mandates.annotate.missions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.EntityMention;
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
 * Loaded once; a {@link NameFinderME} per thread, its adaptive state cleared for each letter.
 */
public final class MissionModel {

    /** The file under {@code rules/models/}. */
    public static final String FILE = "missions-nl.bin";
    /** The context features it is trained with (an OpenNLP feature generator descriptor). */
    public static final String FEATURES = "missions-features.xml";
    /** What the model was trained on and how well it did, beside it. */
    public static final String MANIFEST = "missions-nl.json";
    /** The entity type the model is trained for. */
    public static final String TYPE = "mission";
    /** Probability below which a model name is ignored. */
    private static final double MIN_PROBABILITY = 0.6;

    private final TokenNameFinderModel model;
    private final CandidateCue candidateCue;
    /**
     * One finder per thread, reused letter after letter: building one reads the feature descriptor again (a
     * twentieth of the model's time). With its adaptive data cleared it is a new one: its other state is the
     * feature cache of the last sentence, which a new sentence array replaces.
     */
    private final ThreadLocal<NameFinderME> finders;

    private MissionModel(TokenNameFinderModel model, CandidateCue candidateCue) {
        this.model = model;
        this.candidateCue = candidateCue;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** The model of {@code rules/models/}, or null when none has been trained. */
    public static MissionModel load(RuleSet rules) throws IOException {
        Path p = rules.model(FILE);
        if (p == null) {
            return null;
        }
        return new MissionModel(new TokenNameFinderModel(p), new CandidateCue(cueAlternatives(rules)));
    }

    /**
     * Sentences worth the model's time: a digit, a month, a personnel noun or a word of decision language
     * ({@code months.tsv}, {@code personnel.tsv}, {@code actions.tsv}).
     */
    public static Pattern candidateCue(RuleSet rules) {
        return Pattern.compile(String.join("|", cueAlternatives(rules)));
    }

    /** The alternatives of {@link #candidateCue}, in its order. */
    static List<String> cueAlternatives(RuleSet rules) {
        List<String> alternatives = new ArrayList<>();
        alternatives.add(CandidateCue.DIGIT);
        for (Table.Row r : rules.table("personnel.tsv").rows()) {
            for (String f : r.list("forms")) {
                alternatives.add("\\b" + Pattern.quote(f.toLowerCase(Locale.ROOT)));
            }
        }
        for (Table.Row r : rules.table("months.tsv").rows()) {
            alternatives.add("\\b" + Pattern.quote(r.get("month").toLowerCase(Locale.ROOT)) + "\\b");
        }
        for (Table.Row r : rules.table("actions.tsv").rows()) {
            if (!"state".equals(r.get("scope"))) {
                alternatives.add("(?:" + r.get("pattern") + ")");
            }
        }
        return alternatives;
    }

    void find(AnnotatedText t, List<Token> tokens, List<Candidate> out) {
        NameFinderME finder = finders.get();
        finder.clearAdaptiveData();      // what it learnt from another letter (also if that one failed half-way)
        for (ModelSentence sentence : ModelSentence.candidates(t, tokens, candidateCue)) {
            String[] words = sentence.words();
            for (Span s : accepted(finder, words)) {
                String name = String.join(" ", java.util.Arrays.copyOfRange(words, s.getStart(), s.getEnd()));
                out.add(Candidate.unknown(sentence.tokens()[s.getStart()], sentence.tokens()[s.getEnd() - 1] + 1,
                        name, EntityMention.Source.MODEL, null, List.of()));
            }
        }
        finder.clearAdaptiveData();
    }

    /**
     * Whether words written as a mission's name end like a name: the last word (or the last part of a hyphenated
     * one) holds a capital or a digit ("EUFOR Althea", "NTM-I", "eFP"), not a common noun ("NAVO-operatie",
     * "Europese missie").
     */
    public static boolean nameShaped(String... words) {
        String[] parts = String.join(" ", words).split("[\\s/-]+");
        String last = parts.length == 0 ? "" : parts[parts.length - 1];
        return last.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** The names the finder sees in a sentence that are sure enough and look like names. */
    public static List<Span> accepted(NameFinderME finder, String[] words) {
        List<Span> out = new ArrayList<>();
        for (Span s : finder.find(words)) {
            if (s.getProb() >= MIN_PROBABILITY && nameLike(words, s)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Whether the words look like a name: an acronym, or several words of which one past the sentence's first word
     * is capitalized.
     */
    static boolean nameLike(String[] words, Span s) {
        for (int k = s.getStart(); k < s.getEnd(); k++) {
            String w = words[k];
            long upper = w.chars().filter(Character::isUpperCase).count();
            if (upper >= 2 && w.length() >= 2
                    || upper == 1 && Character.isUpperCase(w.charAt(0)) && k > 0 && s.length() > 1) {
                return true;
            }
        }
        return false;
    }
}
