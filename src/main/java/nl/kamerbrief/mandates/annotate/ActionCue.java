package nl.kamerbrief.mandates.annotate;

import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.Spanned;

/**
 * Decision language at a span ("verlengt", "te beëindigen", "(Verkenning)").
 *
 * @param scope decision, state (the contribution as it stands) or intent (weak)
 */
public record ActionCue(CharSpan span, Action action, String scope) implements Spanned {

    public boolean isIntent() {
        return "intent".equals(scope);
    }

    /** Strength used to pick one action among several; intents rank below every decision. */
    public int rank() {
        return isIntent() ? 2 : action.strength();
    }
}
