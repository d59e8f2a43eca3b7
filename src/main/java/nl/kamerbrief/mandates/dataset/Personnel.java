package nl.kamerbrief.mandates.dataset;

import java.util.List;

/** The {@code personnel} of a record as the run wrote it; numbers are null where the letter gives none. */
public record Personnel(Integer count, Integer min, Integer max, String qualifier, Integer previous, boolean shared,
                        List<String> categories, String text) {

    public static final Personnel NONE = new Personnel(null, null, null, null, null, false, List.of(), null);

    public Personnel {
        categories = List.copyOf(categories);
    }
}
