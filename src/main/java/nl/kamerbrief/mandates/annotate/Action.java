package nl.kamerbrief.mandates.annotate;

import java.util.Locale;

/**
 * What a letter decides about a contribution (spec section 2). {@link #strength()} orders them for when one
 * statement carries several: declining or ending outweighs exploring, which outweighs changing, extending and
 * merely stating.
 */
public enum Action {
    NEW(4), EXTEND(3), EXPAND(5), REDUCE(6), TERMINATE(8), EXPLORE(7), DECLINE(9), CONTINUE(1);

    private final int strength;

    Action(int strength) {
        this.strength = strength;
    }

    public int strength() {
        return strength;
    }

    /** A decision (anything but {@link #CONTINUE}) makes a statement a record even without a size or date. */
    public boolean isDecision() {
        return this != CONTINUE;
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Action of(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
