package nl.kamerbrief.mandates.ingest.pdf;

import java.util.List;

/**
 * The lines of one page, top to bottom. A page read by OCR has no geometry worth the name: its lines stand one
 * slot apart, a blank line of the OCR output leaves an empty slot, and its bands are its first and last lines.
 *
 * @param number 1-based page number
 * @param ocr    whether the lines come from OCR rather than the text layer
 */
public record Page(int number, double width, double height, List<Line> lines, boolean ocr) {

    /** Share of the page height at the top and at the bottom where running headers and footers live. */
    static final double BAND = 0.12;
    /** For OCR pages: how many lines at the top and at the bottom form the bands. */
    static final int OCR_BAND_LINES = 2;

    public Page {
        lines = List.copyOf(lines);
    }

    /** Letters and digits on the page. */
    public int contentCharacters() {
        int n = 0;
        for (Line l : lines) {
            for (int i = 0; i < l.text().length(); i++) {
                if (Character.isLetterOrDigit(l.text().charAt(i))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** -1 for the top band, 1 for the bottom band, 0 for the rest of the page. */
    int band(Line line) {
        if (ocr) {
            int i = lines.indexOf(line);
            if (i >= 0 && i < OCR_BAND_LINES) {
                return -1;
            }
            return i >= 0 && i >= lines.size() - OCR_BAND_LINES ? 1 : 0;
        }
        if (line.y() - line.size() * 0.7 < height * BAND) {
            return -1;
        }
        return line.y() > height * (1 - BAND) ? 1 : 0;
    }

    Page withLines(List<Line> kept) {
        return new Page(number, width, height, kept, ocr);
    }
}
