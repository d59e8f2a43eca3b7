package nl.kamerbrief.mandates.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safe parsing (issue 15): HTML, XHTML, Kamerstuk XML and DOCX with an external entity that points at a local file
 * holding a secret marker, and with a billion-laughs entity bomb, are read without the secret and without expanding
 * anything, or fail with a reason, within seconds; a DOCX zip bomb is refused by its size limits before it fills the
 * memory. Everything goes through {@link Ingestion}, with the media type detected from the bytes as a run does.
 */
class HostileMarkupTest {

    private static final String SECRET = "GEHEIM-4d1b77";
    private static final String LOL = "lol";
    private static final Path FORMATS = Path.of("src/test/resources/formats");
    private static final String KENNISGEVING = "2022-06-17-kennisgeving-eufor-althea";

    @TempDir
    Path tmp;

    private String secretUri;

    @BeforeEach
    void secretFile() throws IOException {
        secretUri = Files.writeString(tmp.resolve("secret.txt"), SECRET).toUri().toString();
    }

    /** Ten levels of ten: a billion "lol"s if expanded. */
    private static String laughs(String root) {
        StringBuilder b = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY l0 \"" + LOL + "\">");
        for (int i = 1; i <= 9; i++) {
            b.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return b.append("]>").toString();
    }

    private String external(String root) {
        return "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secretUri + "\">]>";
    }

    /** The outcome of one hostile input: its text, or the failure's reason. */
    private record Outcome(String text, IngestFailure failure) {
    }

    private Outcome ingest(String name, byte[] bytes) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            String type = MediaTypes.detect(bytes, bytes.length, name);
            SourceInfo source = new SourceInfo("brief", name, Path.of(name), "", bytes.length, type);
            try {
                return new Outcome(Ingestion.standard().ingest(source, bytes).text().toString(), null);
            } catch (IngestFailure f) {
                return new Outcome(null, f);
            }
        }, name);
    }

    /** Read without the secret and without a laugh expanded, or failed with a reason: never anything else. */
    private static void harmless(String what, Outcome o) {
        if (o.failure() != null) {
            assertFalse(o.failure().getMessage().contains(SECRET), what + ": the secret in the reason");
            return;
        }
        assertFalse(o.text().contains(SECRET), () -> what + ": the secret was read: " + o.text());
        assertFalse(o.text().contains(LOL + LOL), () -> what + ": an entity was expanded: " + o.text());
        assertTrue(o.text().length() < 20_000, () -> what + ": " + o.text().length() + " characters");
    }

    // ---- HTML and XHTML --------------------------------------------------------------------------------------

    private static String html(String doctype, String entity) {
        return doctype + "\n<html lang=\"nl\"><head><title>Kennisgeving</title></head><body><main><p>Den Haag, 17 juni "
                + "2022</p><p>Het kabinet verlengt de bijdrage aan UNTSO " + entity + " tot en met 31 juli 2025.</p>"
                + "</main></body></html>";
    }

    @Test
    void htmlNeitherReadsExternalEntitiesNorExpandsEntities() {
        for (String[] c : List.of(new String[] {"external", external("html"), "&xxe;"},
                new String[] {"laughs", laughs("html"), "&l9;"})) {
            Outcome o = ingest("brief.html", html(c[1], c[2]).getBytes(StandardCharsets.UTF_8));
            harmless("HTML " + c[0], o);
            assertTrue(o.failure() == null && o.text().contains("Het kabinet verlengt de bijdrage aan UNTSO"),
                    () -> "HTML " + c[0] + " is still read as the letter: " + o);
        }
    }

    @Test
    void xhtmlWithAnXmlDeclarationNeitherReadsNorExpands() {
        for (String[] c : List.of(new String[] {"external", external("html"), "&xxe;"},
                new String[] {"laughs", laughs("html"), "&l9;"})) {
            String xhtml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + html(c[1], c[2])
                    .replace("<html lang=\"nl\">", "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\">");
            Outcome o = ingest("brief.xhtml", xhtml.getBytes(StandardCharsets.UTF_8));
            harmless("XHTML " + c[0], o);
        }
    }

    @Test
    void kamerstukXmlNeitherReadsNorExpands() {
        for (String[] c : List.of(new String[] {"external", external("officiele-publicatie"), "&xxe;"},
                new String[] {"laughs", laughs("officiele-publicatie"), "&l9;"})) {
            String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + c[1] + "\n<officiele-publicatie><kamerstuk>"
                    + "<stuk><algemeen><vrije-tekst><tekst><al>Voor " + c[2] + " na.</al></tekst></vrije-tekst>"
                    + "</algemeen></stuk></kamerstuk></officiele-publicatie>";
            Outcome o = ingest("brief.xml", xml.getBytes(StandardCharsets.UTF_8));
            harmless("XML " + c[0], o);
            assertEquals("Voor na.\n", o.text(), "XML " + c[0]);
        }
    }

    // ---- DOCX --------------------------------------------------------------------------------------------------

    /** The kennisgeving DOCX with a DOCTYPE in one of its XML parts and the entity in the part's first text. */
    private byte[] docxWith(String part, String doctype, String entity) throws IOException {
        byte[] original = Files.readAllBytes(FORMATS.resolve(KENNISGEVING + ".docx"));
        return DocxIngestorTest.rezip(original, Map.of(part, xml -> {
            int decl = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            String withDoctype = xml.substring(0, decl) + doctype + xml.substring(decl);
            return part.equals("word/document.xml")
                    ? withDoctype.replaceFirst("(<w:t(?: [^>]*)?>)", "$1" + entity + " ")
                    : withDoctype.replaceFirst("(<dc:title>)", "$1" + entity + " ");
        }), Map.of());
    }

    @Test
    void docxNeitherReadsExternalEntitiesNorExpandsEntities() throws IOException {
        List<String> outcomes = new ArrayList<>();
        for (String part : List.of("word/document.xml", "docProps/core.xml")) {
            String root = part.startsWith("word") ? "w:document" : "cp:coreProperties";
            for (String[] c : List.of(new String[] {"external", external(root), "&xxe;"},
                    new String[] {"laughs", laughs(root), "&l9;"})) {
                Outcome o = ingest("brief.docx", docxWith(part, c[1], c[2]));
                harmless("DOCX " + part + " " + c[0], o);
                outcomes.add(part + " " + c[0] + ": " + (o.failure() != null ? o.failure().getMessage() : "read"));
            }
        }
        // POI refuses a DOCTYPE in the body: the document fails with a reason instead of reading it
        assertTrue(outcomes.get(0).contains("DOCTYPE"), outcomes.toString());
    }

    // ---- zip bombs ---------------------------------------------------------------------------------------------

    /** The kennisgeving DOCX with word/document.xml replaced by {@code bytes} bytes of text written by a writer. */
    private static byte[] docxWithHugeBody(long bytes, TextWriter writer) throws IOException {
        byte[] original = Files.readAllBytes(FORMATS.resolve(KENNISGEVING + ".docx"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
             ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.BEST_SPEED);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                            + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
                            + "<w:t>").getBytes(StandardCharsets.UTF_8));
                    writer.write(z, bytes);
                    z.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    z.write(data);
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    interface TextWriter {
        void write(OutputStream out, long bytes) throws IOException;
    }

    /** One letter over and over: a thousandfold compression. */
    private static void sameLetter(OutputStream out, long bytes) throws IOException {
        byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        for (long n = 0; n < bytes; n += chunk.length) {
            out.write(chunk);
        }
    }

    /** A block of 20,000 random letters and digits over and over: about eightyfold, a bomb of no extreme ratio. */
    private static void repeatedRandomBlock(OutputStream out, long bytes) throws IOException {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
        Random r = new Random(15);
        byte[] block = new byte[20_000];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) alphabet.charAt(r.nextInt(alphabet.length()));
        }
        byte[] chunk = new byte[block.length * 50];
        for (int i = 0; i < 50; i++) {
            System.arraycopy(block, 0, chunk, i * block.length, block.length);
        }
        for (long n = 0; n < bytes; n += chunk.length) {
            out.write(chunk);
        }
    }

    @Test
    void aDocxThatInflatesAThousandfoldIsRefused() throws IOException {
        byte[] bomb = docxWithHugeBody(1L << 30, HostileMarkupTest::sameLetter);
        assertTrue(bomb.length < 5_000_000, "the bomb is small: " + bomb.length);
        Outcome o = ingest("bom.docx", bomb);
        assertTrue(o.failure() != null, "a gigabyte of 'a' must not be read");
        assertEquals(IngestFailure.Reason.TOO_LARGE, o.failure().reason());
        assertEquals("too large: a zip bomb: part word/document.xml unpacks to more than "
                + DocxIngestor.MAX_PART_BYTES + " bytes", o.failure().getMessage());
    }

    @Test
    void aDocxPartBeyondTheSizeLimitIsRefused() throws IOException {
        long size = DocxIngestor.MAX_PART_BYTES + (20L << 20);
        byte[] bomb = docxWithHugeBody(size, HostileMarkupTest::repeatedRandomBlock);
        assertTrue(bomb.length * 100L > size, "the fixture compresses less than a hundredfold: " + bomb.length);
        Outcome o = ingest("groot.docx", bomb);
        assertTrue(o.failure() != null, "a part of " + size + " bytes must not be read");
        assertEquals(IngestFailure.Reason.TOO_LARGE, o.failure().reason());
        assertEquals("too large: a zip bomb: part word/document.xml unpacks to more than "
                + DocxIngestor.MAX_PART_BYTES + " bytes", o.failure().getMessage());
    }
}
