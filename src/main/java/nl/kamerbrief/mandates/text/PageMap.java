package nl.kamerbrief.mandates.text;

import java.util.Arrays;

/**
 * Where each page of a paged source starts in the normalized text: a sorted array searched by binary search.
 * Sources without pages (text, HTML) have {@link #NONE}, and {@link #pageOf(int)} answers null.
 */
public final class PageMap {

    public static final PageMap NONE = new PageMap(new int[0]);

    private final int[] pageStarts;

    private PageMap(int[] pageStarts) {
        this.pageStarts = pageStarts;
    }

    /** @param pageStarts the char index where page 1, 2, ... starts; ascending, the first 0. */
    public static PageMap of(int... pageStarts) {
        int[] copy = pageStarts.clone();
        for (int i = 1; i < copy.length; i++) {
            if (copy[i] < copy[i - 1]) {
                throw new IllegalArgumentException("page starts must ascend");
            }
        }
        return new PageMap(copy);
    }

    public int pages() {
        return pageStarts.length;
    }

    public boolean isPaged() {
        return pageStarts.length > 0;
    }

    /** The 1-based page holding the char at {@code charIndex}, or null for unpaged text. */
    public Integer pageOf(int charIndex) {
        if (pageStarts.length == 0) {
            return null;
        }
        int i = Arrays.binarySearch(pageStarts, charIndex);
        if (i >= 0) {
            // the last page that starts here (empty pages share a start)
            while (i + 1 < pageStarts.length && pageStarts[i + 1] == charIndex) {
                i++;
            }
            return i + 1;
        }
        int insertion = -i - 1;
        return Math.max(1, insertion);
    }
}
