package nl.kamerbrief.mandates.text;

import java.util.Arrays;

/**
 * Which page of a paged source each part of the normalized text comes from: ranges of text, each with its page,
 * searched by binary search. The body runs through the pages in order; footnotes, kept after the body, are ranges
 * of their own pages again. Sources without pages (text, HTML) have {@link #NONE}, and {@link #pageOf(int)} answers
 * null.
 */
public final class PageMap {

    public static final PageMap NONE = new PageMap(new int[0], new int[0], 0);

    private final int[] starts;
    private final int[] pages;
    private final int pageCount;

    private PageMap(int[] starts, int[] pages, int pageCount) {
        this.starts = starts;
        this.pages = pages;
        this.pageCount = pageCount;
    }

    /** @param pageStarts the char index where page 1, 2, ... starts; ascending, the first 0. */
    public static PageMap of(int... pageStarts) {
        int[] pages = new int[pageStarts.length];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = i + 1;
        }
        return ofRanges(pageStarts, pages, pageStarts.length);
    }

    /**
     * Ranges of text with their pages: range k runs from {@code starts[k]} to the next start and comes from page
     * {@code pages[k]} (1-based).
     *
     * @param pageCount how many pages the source has (some may have no text)
     */
    public static PageMap ofRanges(int[] starts, int[] pages, int pageCount) {
        if (starts.length != pages.length) {
            throw new IllegalArgumentException("one page per range");
        }
        int[] s = starts.clone();
        for (int i = 1; i < s.length; i++) {
            if (s[i] < s[i - 1]) {
                throw new IllegalArgumentException("range starts must ascend");
            }
        }
        return new PageMap(s, pages.clone(), pageCount);
    }

    /** How many pages the source has. */
    public int pages() {
        return pageCount;
    }

    public boolean isPaged() {
        return pageCount > 0;
    }

    /** The 1-based page holding the char at {@code charIndex}, or null for unpaged text. */
    public Integer pageOf(int charIndex) {
        if (starts.length == 0) {
            return null;
        }
        int i = Arrays.binarySearch(starts, charIndex);
        if (i >= 0) {
            // the last range that starts here (empty pages share a start)
            while (i + 1 < starts.length && starts[i + 1] == charIndex) {
                i++;
            }
            return pages[i];
        }
        int insertion = -i - 1;
        return pages[Math.max(0, insertion - 1)];
    }
}
