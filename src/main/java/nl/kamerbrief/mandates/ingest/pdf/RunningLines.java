package nl.kamerbrief.mandates.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Running headers, footers and page numbers, found by repetition rather than by their words. A line is running
 * when its text with every digit run masked ("Tweede Kamer, vergaderjaar #–#, # #, nr. #", "Pagina # van #", "#")
 * <ul>
 *   <li>stands in the top or bottom band of the page ({@link Page#BAND} of its height) on at least half of the
 *       pages, and on two pages at least; or</li>
 *   <li>stands anywhere at the same place (within a few points) on at least half of the pages, and on three pages
 *       at least (a side block repeated on every page); or</li>
 *   <li>is a bare page number ("7", "- 7 -") in a band, which holds for a one-page document too.</li>
 * </ul>
 * Lines read by OCR differ from page to page by misread letters, so there masked texts that are at least 80 %
 * alike count as the same.
 */
public final class RunningLines {

    /** Share of the pages a line must repeat on. */
    static final double SHARE = 0.5;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern BARE_NUMBER = Pattern.compile("[\\s\\-–—(\\[|]*\\d{1,4}[\\s\\-–—)\\]|.]*");
    /** Grid, in points, of the "same place" test. */
    private static final double PLACE = 4;
    private static final double OCR_LIKENESS = 0.8;

    private RunningLines() {
    }

    /** The pages without their running lines. */
    public static List<Page> remove(List<Page> pages) {
        Set<Line> running = find(pages);
        if (running.isEmpty()) {
            return pages;
        }
        List<Page> out = new ArrayList<>(pages.size());
        for (Page p : pages) {
            List<Line> kept = new ArrayList<>(p.lines().size());
            for (Line l : p.lines()) {
                if (!running.contains(l)) {
                    kept.add(l);
                }
            }
            out.add(kept.size() == p.lines().size() ? p : p.withLines(kept));
        }
        return out;
    }

    /** The running lines of a document (compared by identity). */
    public static Set<Line> find(List<Page> pages) {
        Set<Line> running = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        int n = pages.size();
        int needBand = Math.max(2, (int) Math.ceil(SHARE * n));
        int needPlace = Math.max(3, (int) Math.ceil(SHARE * n));
        Map<String, Set<Integer>> bandPages = new HashMap<>();
        Map<String, Set<Integer>> placePages = new HashMap<>();
        for (Page p : pages) {
            for (Line l : p.lines()) {
                String key = mask(l.text());
                if (key.isEmpty()) {
                    continue;
                }
                int band = p.band(l);
                if (band != 0) {
                    bandPages.computeIfAbsent(band + "|" + key, k -> new HashSet<>()).add(p.number());
                }
                if (!p.ocr()) {
                    placePages.computeIfAbsent(placeKey(l, key), k -> new HashSet<>()).add(p.number());
                }
            }
        }
        boolean ocr = pages.stream().anyMatch(Page::ocr);
        Map<Line, Set<Integer>> fuzzy = ocr ? fuzzyBandPages(pages) : Map.of();
        for (Page p : pages) {
            for (Line l : p.lines()) {
                String key = mask(l.text());
                int band = p.band(l);
                boolean isRunning = false;
                if (band != 0) {
                    isRunning = BARE_NUMBER.matcher(l.text().strip()).matches()
                            || bandPages.getOrDefault(band + "|" + key, Set.of()).size() >= needBand
                            || fuzzy.getOrDefault(l, Set.of()).size() >= needBand;
                }
                if (!isRunning && !key.isEmpty() && !p.ocr()) {
                    isRunning = placePages.getOrDefault(placeKey(l, key), Set.of()).size() >= needPlace;
                }
                if (isRunning) {
                    running.add(l);
                }
            }
        }
        return running;
    }

    /** For each band line of an OCR'd document: the pages with a line in the same band at least 80 % alike. */
    private static Map<Line, Set<Integer>> fuzzyBandPages(List<Page> pages) {
        record Entry(Line line, int page, int band, String key) {
        }
        List<Entry> entries = new ArrayList<>();
        for (Page p : pages) {
            for (Line l : p.lines()) {
                int band = p.band(l);
                String key = mask(l.text());
                if (band != 0 && !key.isEmpty()) {
                    entries.add(new Entry(l, p.number(), band, key));
                }
            }
        }
        Map<Line, Set<Integer>> out = new IdentityHashMap<>();
        for (Entry a : entries) {
            Set<Integer> seen = new HashSet<>();
            seen.add(a.page());
            for (Entry b : entries) {
                if (b.page() != a.page() && b.band() == a.band() && !seen.contains(b.page())
                        && likeness(a.key(), b.key()) >= OCR_LIKENESS) {
                    seen.add(b.page());
                }
            }
            out.put(a.line(), seen);
        }
        return out;
    }

    /** The text with digit runs masked as '#', lower-cased, spaces squeezed. */
    static String mask(String text) {
        String s = DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("#");
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String placeKey(Line l, String key) {
        return Math.round(l.x0() / PLACE) + "," + Math.round(l.y() / PLACE) + "|" + key;
    }

    /** 1 - edit distance / longer length. */
    static double likeness(String a, String b) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1;
        }
        if (Math.abs(a.length() - b.length()) > max * (1 - OCR_LIKENESS)) {
            return 0;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1 - (double) prev[b.length()] / max;
    }
}
