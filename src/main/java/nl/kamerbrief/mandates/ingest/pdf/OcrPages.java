package nl.kamerbrief.mandates.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of an OCR'd page as page lines: one line per non-blank line of the OCR output, one slot of
 * {@link #SLOT} points apart, a blank line leaving an empty slot (a paragraph break). There are no widths: OCR
 * lines carry x = 0, and the rules that need geometry leave them alone.
 */
public final class OcrPages {

    /** The distance between two OCR lines, in points; the font size they are given is {@link #SIZE}. */
    static final double SLOT = 13;
    static final double SIZE = 10;

    private OcrPages() {
    }

    public static Page page(int number, String ocrText) {
        List<Line> lines = new ArrayList<>();
        int slot = 1;
        boolean blank = false;
        for (String raw : ocrText.split("\\R")) {
            String t = raw.replace('\f', ' ').replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
            if (t.isEmpty()) {
                blank = true;
                continue;
            }
            if (blank && !lines.isEmpty()) {
                slot++;
            }
            blank = false;
            lines.add(new Line(number, 0, 0, slot * SLOT, SIZE, false, false, t, List.of(), 0, 0));
            slot++;
        }
        return new Page(number, 0, (slot + 1) * SLOT, lines, true);
    }
}
