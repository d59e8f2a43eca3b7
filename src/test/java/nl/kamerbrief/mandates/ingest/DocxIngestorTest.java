package nl.kamerbrief.mandates.ingest;

import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.FORMATS;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.KENNISGEVING;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.KENNISGEVING_SENTENCES;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.KENNISGEVING_TITLE_WORDS;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.SAMENHANG;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.SAMENHANG_EXTRA_WORDS;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.SAMENHANG_SENTENCES;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.SAMENHANG_TXT_ARTIFACTS;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.assertOneLinePerBlock;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.assertSentences;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.blocks;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.flat;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.ingest;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.minus;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.txt;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOCX reader on the two Word samples in src/test/resources/formats and on copies of them changed in a test. */
class DocxIngestorTest {

    private final DocxIngestor docx = new DocxIngestor();

    @TempDir
    Path tmp;

    @Test
    void kennisgevingHasTheLetterWithoutHeaderOrFooter() throws Exception {
        IngestedDocument d = ingest(docx, FORMATS.resolve(KENNISGEVING + ".docx"));
        String text = d.text().toString();
        assertOneLinePerBlock(text);
        assertSentences(KENNISGEVING_SENTENCES, text, "the kennisgeving DOCX");
        // the Word header part and the first-page footer
        assertFalse(text.contains("Tweede Kamer, vergaderjaar"), "no running header");
        assertFalse(text.contains("ISSN") || text.contains("kst-29521-447"), "no footer");
        List<String> b = blocks(text);
        assertEquals(List.of("Tweede Kamer der Staten-Generaal", "Vergaderjaar 2021–2022",
                "29 521 Internationale militaire samenwerking en crisisbeheersing",
                "Nr. 447 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE",
                "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Den Haag, 17 juni 2022"),
                b.subList(0, 6), "the title block, a tab between number and title");
        // the three paragraphs of the .txt, each one block
        List<String> txtBlocks = blocks(Files.readString(Path.of("corpus", KENNISGEVING + ".txt")));
        assertEquals(txtBlocks.subList(2, 5).stream().map(HtmlIngestorTest::flat).toList(), b.subList(6, 9));
        // Word has role and name of a signature as two paragraphs
        assertEquals(List.of("De Minister van Buitenlandse Zaken,", "W.B. Hoekstra", "De Minister van Defensie,",
                "K.H. Ollongren"), b.subList(9, b.size()));

        Set<String> expected = words(txt(KENNISGEVING));
        Set<String> got = words(text);
        assertEquals(Set.of(), minus(expected, got), "words of the .txt missing");
        assertEquals(KENNISGEVING_TITLE_WORDS, minus(got, expected), "words beyond the .txt: the title block");
        // the HTML's 2440 characters less the "# " of its h1 (the dossier title, here a plain paragraph), with
        // "Nr. 447 BRIEF" on one line and the signatures as four lines
        assertEquals(2439, text.length());
    }

    @Test
    void kennisgevingMetadataAreTheDocumentProperties() throws Exception {
        IngestedDocument d = ingest(docx, FORMATS.resolve(KENNISGEVING + ".docx"));
        // core.xml: dc:title "Kamerstuk 29521, nr. 447", keywords "... kst-29521-447 ...", created 2022-06-17T10:00Z
        assertEquals(Map.of(SourceInfo.Keys.TITLE, "Kamerstuk 29521, nr. 447", SourceInfo.Keys.KAMERSTUK, "29521-447",
                SourceInfo.Keys.DOSSIER, "29521", SourceInfo.Keys.CREATED, "2022-06-17"), d.metadata());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void samenhangHasItsFootnotesNumberedAfterTheBody() throws Exception {
        IngestedDocument d = ingest(docx, FORMATS.resolve(SAMENHANG + ".docx"));
        String text = d.text().toString();
        assertOneLinePerBlock(text);
        assertSentences(SAMENHANG_SENTENCES, text, "the samenhang DOCX");
        assertFalse(text.contains("footnoteRef") || text.contains("Tweede Kamer, vergaderjaar"));
        List<String> b = blocks(text);
        assertEquals("D. Yeşilgöz-Zegerius", b.get(b.size() - 3), "the footnotes follow the last signature");
        assertTrue(b.get(b.size() - 2).startsWith("1 De bijdrage aan eFP Litouwen (tot eind 2024), de Patriots"));
        assertTrue(b.get(b.size() - 2).endsWith("nam deel aan de NATO Mine Counter Measures Group (SNMCMG1)."));
        assertEquals("2 De drie bestaande civiele uitzendingen in BiH zijn individueel afgesproken. Voor civiele "
                + "uitzendingen in BiH gold vooralsnog geen overkoepelend Nederlands mandaat.", b.get(b.size() - 1));
        // Word's Heading 1, 2 and 3 styles are headings of levels 1, 2 and 3
        assertTrue(b.contains("# 1. Oostflank"), "Heading 1");
        assertTrue(b.contains("## 3.2 Israël, Palestijnse gebieden en Libanon"), "Heading 2");
        assertTrue(b.contains("### Voort te zetten inzet"), "Heading 3");
        assertEquals(21, b.stream().filter(x -> x.startsWith("#")).count(), "8 + 3 + 10 paragraphs in heading styles");

        Set<String> expected = words(txt(SAMENHANG));
        Set<String> got = words(text);
        assertEquals(SAMENHANG_TXT_ARTIFACTS, minus(expected, got), "words of the .txt missing");
        assertEquals(SAMENHANG_EXTRA_WORDS, minus(got, expected), "words beyond the .txt");
        assertEquals(Map.of(SourceInfo.Keys.TITLE, "Kamerstuk 29521, nr. 446", SourceInfo.Keys.KAMERSTUK, "29521-446",
                SourceInfo.Keys.DOSSIER, "29521", SourceInfo.Keys.CREATED, "2022-06-17"), d.metadata());
    }

    /** The blocks of a text without the Markdown marks of its headings. */
    private static String withoutHeadingMarks(String text) {
        return text.replaceAll("(?m)^#{1,6} ", "");
    }

    @Test
    void docxAndHtmlOfALetterReadTheSame() throws Exception {
        for (String stem : List.of(KENNISGEVING, SAMENHANG)) {
            String docxText = ingest(docx, FORMATS.resolve(stem + ".docx")).text().toString();
            String htmlText = ingest(new HtmlIngestor(), FORMATS.resolve(stem + ".html")).text().toString();
            // the only differences are where the formats break lines ("Nr. 447" and the signatures) and the levels
            // of the headings: Word's Heading 1/2/3 against the page's h2/h3, and the dossier title an h1 of the page
            assertEquals(flat(withoutHeadingMarks(htmlText)), flat(withoutHeadingMarks(docxText)), stem);
            List<String> docxHeadings = blocks(docxText).stream().filter(b -> b.startsWith("#"))
                    .map(DocxIngestorTest::withoutHeadingMarks).toList();
            List<String> htmlHeadings = blocks(htmlText).stream().filter(b -> b.startsWith("#"))
                    .map(DocxIngestorTest::withoutHeadingMarks)
                    .filter(h -> !h.equals("29 521 Internationale militaire samenwerking en crisisbeheersing"))
                    .toList();
            assertEquals(htmlHeadings, docxHeadings, stem);
        }
    }

    /** Paragraphs in Word's heading styles, in front of the kennisgeving, are Markdown headings of their level. */
    @Test
    void headingStylesAreHeadingsOfTheirLevel() throws Exception {
        String front = p("Nationale kaders", "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>")
                + p("3. Voortzetting", "<w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>")
                + p("Europa", "<w:pPr><w:pStyle w:val=\"Heading3\"/></w:pPr>")
                + p("Tekst onder de kop.", "");
        byte[] bytes = rezip(Files.readAllBytes(FORMATS.resolve(KENNISGEVING + ".docx")),
                Map.of("word/document.xml", s -> s.replace("<w:body>", "<w:body>" + front)), Map.of());
        List<String> b = blocks(ingest(docx, MediaTypes.DOCX, bytes).text());
        assertEquals(List.of("# Nationale kaders", "## 3. Voortzetting", "### Europa", "Tekst onder de kop.",
                "Tweede Kamer der Staten-Generaal"), b.subList(0, 5));
    }

    // ---- structure of a changed copy ---------------------------------------------------------------------------

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static String p(String text, String properties) {
        return "<w:p>" + properties + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    private static String item(String text, int list) {
        return p(text, "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + list + "\"/></w:numPr></w:pPr>");
    }

    private static String row(String... cells) {
        StringBuilder r = new StringBuilder("<w:tr>");
        for (String c : cells) {
            r.append("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>").append(p(c, "")).append("</w:tc>");
        }
        return r.append("</w:tr>").toString();
    }

    /** The kennisgeving with a commented paragraph, a table and two lists in front of its text. */
    private byte[] withTableListsAndComment() throws IOException {
        String front = "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>Voor de tabel.</w:t></w:r>"
                + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> En meer.</w:t></w:r></w:p>"
                + "<w:tbl><w:tblPr><w:tblW w:w=\"6000\" w:type=\"dxa\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/>"
                + "<w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>"
                + row("Missie", "Personeel", "Einddatum") + row("EUFOR Althea", "maximaal 10", "31 juli 2025")
                + "</w:tbl>"
                + item("Eerste punt", 90) + item("Tweede punt", 90) + item("Genummerd een", 91)
                + item("Genummerd twee", 91);
        String lists = "<w:abstractNum w:abstractNumId=\"90\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl></w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"91\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>";
        String nums = "<w:num w:numId=\"90\"><w:abstractNumId w:val=\"90\"/></w:num>"
                + "<w:num w:numId=\"91\"><w:abstractNumId w:val=\"91\"/></w:num>";
        String comments = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:comments xmlns:w=\"" + W
                + "\"><w:comment w:id=\"0\" w:author=\"Jan\" w:initials=\"J\"><w:p><w:r><w:t>Dit is commentaar."
                + "</w:t></w:r></w:p></w:comment></w:comments>";
        return rezip(Files.readAllBytes(FORMATS.resolve(KENNISGEVING + ".docx")), Map.of(
                "word/document.xml", s -> s.replace("<w:body>", "<w:body>" + front),
                "word/numbering.xml", s -> {
                    int firstNum = s.indexOf("<w:num ");
                    String withAbstract = firstNum < 0 ? s.replace("</w:numbering>", lists + "</w:numbering>")
                            : s.substring(0, firstNum) + lists + s.substring(firstNum);
                    return withAbstract.replace("</w:numbering>", nums + "</w:numbering>");
                },
                "word/_rels/document.xml.rels", s -> s.replace("</Relationships>", "<Relationship Id=\"rId99\" "
                        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" "
                        + "Target=\"comments.xml\"/></Relationships>"),
                "[Content_Types].xml", s -> s.replace("</Types>", "<Override PartName=\"/word/comments.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
                        + "</Types>")),
                Map.of("word/comments.xml", comments));
    }

    @Test
    void tableRowsAreOneBlockListsKeepTheirNumbersCommentsAreLeftOut() throws Exception {
        IngestedDocument d = ingest(docx, MediaTypes.DOCX, withTableListsAndComment());
        List<String> b = blocks(d.text());
        assertEquals(List.of("Voor de tabel. En meer.", "Missie | Personeel | Einddatum",
                "EUFOR Althea | maximaal 10 | 31 juli 2025", "· Eerste punt", "· Tweede punt", "1. Genummerd een",
                "2. Genummerd twee", "Tweede Kamer der Staten-Generaal"), b.subList(0, 8));
        assertFalse(d.text().toString().contains("commentaar") || d.text().toString().contains("Comment by"));
    }

    @Test
    void propertiesWithoutIdentifierGiveTheNumberOfTheTitleAndNothingElse() throws Exception {
        byte[] bytes = Files.readAllBytes(FORMATS.resolve(KENNISGEVING + ".docx"));
        byte[] titleOnly = rezip(bytes, Map.of("docProps/core.xml", s -> s
                .replaceAll("<cp:keywords>.*?</cp:keywords>", "").replaceAll("<dc:description>.*?</dc:description>", "")
                .replaceAll("<dcterms:created[^>]*>.*?</dcterms:created>", "")), Map.of());
        assertEquals(Map.of(SourceInfo.Keys.TITLE, "Kamerstuk 29521, nr. 447", SourceInfo.Keys.KAMERSTUK, "29521-447",
                SourceInfo.Keys.DOSSIER, "29521"), ingest(docx, MediaTypes.DOCX, titleOnly).metadata());
        byte[] none = rezip(bytes, Map.of("docProps/core.xml", s -> s
                .replaceAll("<cp:keywords>.*?</cp:keywords>", "").replaceAll("<dc:description>.*?</dc:description>", "")
                .replaceAll("<dc:title>.*?</dc:title>", "").replaceAll("<dc:subject>.*?</dc:subject>", "")
                .replaceAll("<dcterms:created[^>]*>.*?</dcterms:created>", "")), Map.of());
        assertEquals(Map.of(), ingest(docx, MediaTypes.DOCX, none).metadata(), "nothing is made up");
        // a creation time late in the evening UTC is the next day in the Netherlands
        assertEquals("2022-06-18", DocxIngestor.dutchDate("2022-06-17T22:30:00Z"));
        assertEquals("2022-06-17", DocxIngestor.dutchDate("2022-06-17"));
    }

    // ---- failures ----------------------------------------------------------------------------------------------

    @Test
    void aTruncatedCopyIsDamaged() throws Exception {
        byte[] bytes = Files.readAllBytes(FORMATS.resolve(SAMENHANG + ".docx"));
        Path cut = tmp.resolve("cut.docx");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        byte[] head = Files.readAllBytes(cut);
        assertEquals(MediaTypes.DOCX, MediaTypes.detect(head, head.length, "cut.docx"), "still looks like a DOCX");
        IngestFailure f = assertThrows(IngestFailure.class, () -> ingest(docx, cut));
        assertEquals(IngestFailure.Reason.DAMAGED, f.reason(), f.getMessage());
    }

    @Test
    void aCorruptedEntryIsDamaged() throws Exception {
        byte[] bytes = Files.readAllBytes(FORMATS.resolve(SAMENHANG + ".docx"));
        int at = indexOf(bytes, "word/document.xml".getBytes(StandardCharsets.US_ASCII)) + 200;
        for (int i = at; i < at + 400; i++) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        IngestFailure f = assertThrows(IngestFailure.class, () -> ingest(docx, MediaTypes.DOCX, bytes));
        assertEquals(IngestFailure.Reason.DAMAGED, f.reason(), f.getMessage());
    }

    @Test
    void anEncryptedDocxIsEncrypted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("geheim");
            try (OPCPackage opc = OPCPackage.open(Files.newInputStream(FORMATS.resolve(KENNISGEVING + ".docx")));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
        }
        IngestFailure f = assertThrows(IngestFailure.class, () -> ingest(docx, MediaTypes.DOCX, out.toByteArray()));
        assertEquals(IngestFailure.Reason.ENCRYPTED, f.reason(), f.getMessage());
    }

    @Test
    void anOldWordFileIsTheWrongFormat() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
        }
        IngestFailure f = assertThrows(IngestFailure.class, () -> ingest(docx, MediaTypes.DOCX, out.toByteArray()));
        assertEquals(IngestFailure.Reason.WRONG_FORMAT, f.reason(), f.getMessage());
    }

    @Test
    void emptyAndTextlessInputsFailCleanly() throws Exception {
        assertEquals(IngestFailure.Reason.EMPTY, assertThrows(IngestFailure.class,
                () -> ingest(docx, MediaTypes.DOCX, new byte[0])).reason());
        assertEquals(IngestFailure.Reason.WRONG_FORMAT, assertThrows(IngestFailure.class,
                () -> ingest(docx, MediaTypes.DOCX, "geen zip".getBytes(StandardCharsets.UTF_8))).reason());
        byte[] noText = rezip(Files.readAllBytes(FORMATS.resolve(KENNISGEVING + ".docx")), Map.of(
                "word/document.xml", s -> s.replaceAll("(?s)<w:body>.*(<w:sectPr)", "<w:body>$1")), Map.of());
        assertEquals(IngestFailure.Reason.EMPTY, assertThrows(IngestFailure.class,
                () -> ingest(docx, MediaTypes.DOCX, noText)).reason());
    }

    @Test
    void acceptsDocxOnly() {
        assertTrue(docx.accepts(MediaTypes.DOCX));
        assertFalse(docx.accepts("application/zip"));
        assertFalse(docx.accepts(MediaTypes.PDF));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** A copy of a zip with some entries' text changed and some entries added. */
    static byte[] rezip(byte[] zip, Map<String, UnaryOperator<String>> edits, Map<String, String> added)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                UnaryOperator<String> edit = edits.get(e.getName());
                if (edit != null) {
                    data = edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
            for (Map.Entry<String, String> a : added.entrySet()) {
                z.putNextEntry(new ZipEntry(a.getKey()));
                z.write(a.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
