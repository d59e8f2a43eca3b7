package nl.kamerbrief.mandates.annotate.missions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Segment;
import nl.kamerbrief.mandates.annotate.Token;
import nl.kamerbrief.mandates.text.CharSpan;

/**
 * A sentence as the mission name finder sees it: the words of the view (tokenized as the rules tokenize it) with
 * the source span of each. The trainer and the runtime both build their sentences here, so the model is trained on
 * exactly the words it is later asked about.
 *
 * @param tokens the index of each word in the document's token list
 * @param words  the words, in view spelling (case and accents kept)
 * @param spans  the source span of each word
 */
public record ModelSentence(int[] tokens, String[] words, CharSpan[] spans) {

    /** The index of the word starting at source offset {@code start}, or -1. */
    public int wordStartingAt(int start) {
        for (int i = 0; i < spans.length; i++) {
            if (spans[i].start() == start) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the word ending at source offset {@code end}, or -1. */
    public int wordEndingAt(int end) {
        for (int i = 0; i < spans.length; i++) {
            if (spans[i].end() == end) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The candidate sentences of a letter: not a question, and with a digit, a personnel noun or decision language
     * ({@link MissionModel#candidateCue}).
     */
    public static List<ModelSentence> candidates(AnnotatedText t, List<Token> tokens, Pattern cue) {
        return candidates(t, tokens, (Predicate<String>) s -> cue.matcher(s).find());
    }

    /** The candidate sentences, with the cue given as a test of a segment's folded text. */
    static List<ModelSentence> candidates(AnnotatedText t, List<Token> tokens, Predicate<String> cue) {
        String view = t.view().text();
        List<ModelSentence> out = new ArrayList<>();
        int ti = 0;
        for (Segment seg : t.segments()) {
            if (seg.question() || !cue.test(t.view().foldedText(seg.span()))) {
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
            List<Integer> index = new ArrayList<>();
            List<String> words = new ArrayList<>();
            List<CharSpan> spans = new ArrayList<>();
            for (int k = first; k < last; k++) {
                Token tk = tokens.get(k);
                if (tk.kind() == Token.Kind.BREAK) {
                    continue;
                }
                index.add(k);
                words.add(view.substring(tk.start(), tk.end()));
                spans.add(t.view().toSource(tk.start(), tk.end()));
            }
            if (!words.isEmpty()) {
                out.add(new ModelSentence(index.stream().mapToInt(Integer::intValue).toArray(),
                        words.toArray(String[]::new), spans.toArray(CharSpan[]::new)));
            }
        }
        return out;
    }
}
