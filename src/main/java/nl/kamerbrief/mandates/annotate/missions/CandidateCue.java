package nl.kamerbrief.mandates.annotate.missions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.RulePattern;

/**
 * The test for a sentence worth the name finder's time ({@link MissionModel#candidateCue}), made fast: one
 * alternation of a hundred-odd words tried at every position of every sentence was a quarter of the model's time.
 * Whether an alternation {@code A|B|...} is found anywhere is whether one of its alternatives is, so each is tried on
 * its own: the digit by a scan, the others as {@link RulePattern}s, which look for their literal prefix first.
 * Answers exactly what {@code pattern.matcher(sentence).find()} answers.
 */
final class CandidateCue implements Predicate<String> {

    static final String DIGIT = "\\d";

    private final boolean digit;
    private final List<RulePattern> words = new ArrayList<>();

    /** From the alternatives {@link MissionModel#candidateCue} joins (none may use back references). */
    CandidateCue(List<String> alternatives) {
        boolean d = false;
        for (String a : alternatives) {
            if (a.equals(DIGIT)) {
                d = true;
            } else {
                words.add(RulePattern.of(Pattern.compile(a)));
            }
        }
        this.digit = d;
    }

    @Override
    public boolean test(String folded) {
        if (digit) {
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                if (c >= '0' && c <= '9') {     // \d without UNICODE_CHARACTER_CLASS: ASCII digits
                    return true;
                }
            }
        }
        for (RulePattern p : words) {
            if (p.foundIn(folded)) {
                return true;
            }
        }
        return false;
    }
}
