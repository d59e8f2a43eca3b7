package nl.kamerbrief.mandates.ingest;

import java.util.ArrayList;
import java.util.List;
import nl.kamerbrief.mandates.text.NormalizedText;
import nl.kamerbrief.mandates.text.PageMap;
import nl.kamerbrief.mandates.text.TextNormalizer;

/**
 * Builds the text of a structured source (PDF, DOCX, HTML, XML) the way the text letters read: one block per
 * paragraph, heading or list item, blocks separated by a blank line, the words of a block on one line, headings
 * marked as Markdown marks them. Footnotes
 * come after the body, each as "number text" on its own block, so a body sentence is never cut by them. Every
 * block remembers its page, so records keep {@code evidence.page}.
 */
public final class DocumentText {

    private record Block(String text, int page) {
    }

    private final List<Block> body = new ArrayList<>();
    private final List<Block> footnotes = new ArrayList<>();
    private final int pageCount;

    /** @param pageCount the source's pages, or 0 for a source without pages */
    public DocumentText(int pageCount) {
        this.pageCount = pageCount;
    }

    /** A paragraph, heading or list item of the body; whitespace inside is squeezed to single spaces. */
    public DocumentText block(String text, int page) {
        String t = squeeze(text);
        if (!t.isEmpty()) {
            body.add(new Block(t, page));
        }
        return this;
    }

    /**
     * A heading of the body, written as Markdown writes it ("## Nationale kaders", level 2), so that the sections of
     * a PDF, DOCX or HTML letter read as those of a Markdown one: a decision in a section heading ("3. Voortzetting")
     * holds for what the section lists.
     *
     * @param level 1 for the most prominent headings of the document, 2 for the next, up to 6
     */
    public DocumentText heading(String text, int level, int page) {
        String t = squeeze(text);
        if (!t.isEmpty()) {
            body.add(new Block("#".repeat(Math.max(1, Math.min(6, level))) + " " + t, page));
        }
        return this;
    }

    /** A footnote, written after the body as "number text". */
    public DocumentText footnote(String number, String text, int page) {
        String t = squeeze(text);
        if (!t.isEmpty()) {
            footnotes.add(new Block(number == null || number.isBlank() ? t : number.strip() + " " + t, page));
        }
        return this;
    }

    public boolean isEmpty() {
        return body.isEmpty() && footnotes.isEmpty();
    }

    /** Letters and digits in the body and footnotes: how much text the source really had. */
    public int contentCharacters() {
        int n = 0;
        for (List<Block> part : List.of(body, footnotes)) {
            for (Block b : part) {
                for (int i = 0; i < b.text().length(); i++) {
                    if (Character.isLetterOrDigit(b.text().charAt(i))) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** The normalized text and where each part of it comes from. */
    public IngestedText build() {
        StringBuilder out = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        for (List<Block> part : List.of(body, footnotes)) {
            for (Block b : part) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                // each block is normalized on its own, so its offsets hold in the whole
                String text = TextNormalizer.normalize(b.text()).toString();
                if (pageCount > 0 && (pages.isEmpty() || pages.get(pages.size() - 1) != b.page())) {
                    starts.add(out.length());
                    pages.add(b.page());
                }
                out.append(text);
            }
        }
        out.append('\n');
        NormalizedText text = new NormalizedText(out.toString());
        PageMap map = pageCount == 0 ? PageMap.NONE : PageMap.ofRanges(
                starts.stream().mapToInt(Integer::intValue).toArray(),
                pages.stream().mapToInt(Integer::intValue).toArray(), pageCount);
        return new IngestedText(text, map);
    }

    /** The built text with its pages. */
    public record IngestedText(NormalizedText text, PageMap pages) {
    }

    static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
