package nl.kamerbrief.mandates.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Evidence marked in a letter's text: overlapping records, code point offsets, escaping, page numbers. */
class EvidenceMarkupTest {

    @Test
    void overlappingEvidenceIsCutAtEveryBoundaryAndEachPieceNamesItsRecords() {
        String text = "Eerst. Dan acht militairen. Tot eind 2025. Einde.";
        int a = text.indexOf("Dan");
        int b = text.indexOf("Tot");
        int end = text.indexOf(" Einde");
        String html = EvidenceMarkup.html(text, List.of(
                new EvidenceMarkup.Highlight(1, a, b - 1, false, null, "een"),
                new EvidenceMarkup.Highlight(2, a, end, false, 3, "twee")));
        assertEquals("Eerst. <span class=\"anchor\" id=\"r1\"></span><span class=\"anchor\" id=\"r2\"></span>"
                + "<span class=\"page-no\" aria-hidden=\"true\">p. 3</span>"
                + "<mark class=\"ev\" data-records=\"1 2\" title=\"een\ntwee\">Dan acht militairen.</mark>"
                + "<mark class=\"ev\" data-records=\"2\" title=\"twee\"> Tot eind 2025.</mark> Einde.", html);
    }

    @Test
    void partsAreMarkedLightlyAndEvidenceWinsWhereTheyMeet() {
        String text = "Zin een. Zin twee.";
        String html = EvidenceMarkup.html(text, List.of(
                new EvidenceMarkup.Highlight(1, 0, 8, false, null, "r"),
                new EvidenceMarkup.Highlight(1, 0, 8, true, null, "r"),
                new EvidenceMarkup.Highlight(1, 9, 18, true, null, "r")));
        assertEquals("<span class=\"anchor\" id=\"r1\"></span><mark class=\"ev\" data-records=\"1\" title=\"r\" "
                + "data-parts=\"1\">Zin een.</mark> <mark class=\"part\" data-parts=\"1\">Zin twee.</mark>", html);
    }

    @Test
    void offsetsCountCodePointsAndTheTextIsEscaped() {
        // an emoji is two chars in Java and one code point in the record's offsets
        String text = "\uD83D\uDE00 <b>EUFOR</b> & co";
        int start = 2;                       // code points: emoji, space
        int end = start + "<b>EUFOR</b>".length();
        String html = EvidenceMarkup.html(text, List.of(new EvidenceMarkup.Highlight(1, start, end, false, null,
                "a \"title\"")));
        assertEquals("\uD83D\uDE00 <span class=\"anchor\" id=\"r1\"></span><mark class=\"ev\" data-records=\"1\" "
                + "title=\"a &quot;title&quot;\">&lt;b&gt;EUFOR&lt;/b&gt;</mark> &amp; co", html);
    }

    @Test
    void offsetsBeyondTheTextAreCutAndEmptySpansLeftOut() {
        String html = EvidenceMarkup.html("kort", List.of(new EvidenceMarkup.Highlight(1, 2, 99, false, null, "x"),
                new EvidenceMarkup.Highlight(2, 50, 60, false, null, "y")));
        assertEquals("ko<span class=\"anchor\" id=\"r1\"></span><mark class=\"ev\" data-records=\"1\" title=\"x\">rt"
                + "</mark>", html);
        assertTrue(!html.contains("r2"));
    }
}
