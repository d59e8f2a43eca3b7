package nl.kamerbrief.mandates.annotate;

import java.util.List;
import java.util.Set;
import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.Spanned;

/**
 * A number of people (or a unit's crew) as the text states it: "maximaal acht civiele en politie-experts",
 * "van tien naar vijftien civiele experts", "een genderadviseur", "Aantal militairen: 3".
 *
 * @param count    the number the contribution is set at by this phrase (spec section 2)
 * @param previous the old number of a "van X naar Y" change, else null
 * @param group    headcounts coordinated in one list ("4 stafofficieren en 2 trainers") share a group number;
 *                 -1 for none
 * @param flags    what else the wording says about the number (an increase, a temporary size, a subset ...)
 */
public record Headcount(CharSpan span, int count, Integer min, Integer max, Qualifier qualifier, Integer previous,
                        List<Category> categories, Kind kind, Set<Flag> flags, int group) implements Spanned {

    public Headcount {
        categories = List.copyOf(categories);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    public enum Kind { PERSON, CREW }

    public enum Flag {
        /** "60 extra militairen", "worden ... aan toegevoegd". */
        INCREMENT,
        /** "levert al een staffunctionaris": what stands before an increase. */
        STANDING,
        /** "(nu tijdelijk vier)". */
        TEMPORARY,
        /** "levert momenteel een stafofficier": the current filling, not the mandate. */
        CURRENT,
        /** "de eerste 100 militairen", "waarvan 159 militairen": a part of a larger number. */
        SUBSET,
        /** "een mandaat voor twee personen", "nationaal kader van vijf personen". */
        MANDATE,
        /** "een genderadviseur": a singular noun counts one. */
        SINGULAR,
        /** the "van X" side of a "van X naar Y" change: only a previous value. */
        FROM,
        /** "de functie van Provost Marshall": one person. */
        FUNCTION,
        /** "Aantal militairen: 24" on a fact sheet. */
        LABEL,
        /** "twintig aan MINUSMA" after "vier personen aan EUTM Mali": the noun is left out. */
        ELLIPTIC,
        /** the number is hedged or tentative where it stands ("denkt aan een adviseur", "tot 5 functies" as a possibility). */
        TENTATIVE
    }

    public boolean has(Flag f) {
        return flags.contains(f);
    }
}
