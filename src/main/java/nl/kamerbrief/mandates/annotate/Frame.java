package nl.kamerbrief.mandates.annotate;

import java.util.Locale;

/** Kinds of framing cue (see {@code rules/frames.tsv}). */
public enum Frame {
    DUTCH_AGENT, DUTCH_CONTRIBUTION, FOREIGN_AGENT, HEDGE, TENTATIVE, META, OWN_MANDATE, MISSION_SIZE, SUBSET,
    CORRECTION, CORRECTION_VALUE, EXERCISE, GENERIC_TERM, TEMPORARY, CURRENT, STANDING, INCREMENT, NEGATION,
    PERIOD_VERB, MANDATE_SIZE, GENERIC_MISSIONS, CONTRIBUTION_ANAPHOR, REFLEXIVE_COMMIT, MONEY;

    public static Frame of(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
