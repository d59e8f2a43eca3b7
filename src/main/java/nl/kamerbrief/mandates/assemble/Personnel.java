package nl.kamerbrief.mandates.assemble;

import java.util.List;
import nl.kamerbrief.mandates.annotate.Category;
import nl.kamerbrief.mandates.annotate.Qualifier;

/** The size of a contribution (spec section 2); every field may be null but categories. */
public record Personnel(Integer count, Integer min, Integer max, Qualifier qualifier, Integer previous, boolean shared,
                        List<Category> categories, String text) {

    public Personnel {
        categories = List.copyOf(categories);
    }

    public static Personnel none(List<Category> categories) {
        return new Personnel(null, null, null, null, null, false, categories, null);
    }
}
