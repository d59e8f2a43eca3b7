package nl.kamerbrief.mandates.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.kamerbrief.mandates.assemble.MandateRecord;
import nl.kamerbrief.mandates.emit.DocumentEntry;
import nl.kamerbrief.mandates.emit.DocumentJson;
import nl.kamerbrief.mandates.emit.RecordJson;
import nl.kamerbrief.mandates.ingest.IngestFailure;
import nl.kamerbrief.mandates.ingest.IngestedDocument;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.ingest.LanguageDetection;
import nl.kamerbrief.mandates.ingest.MediaTypes;
import nl.kamerbrief.mandates.ingest.SourceInfo;
import nl.kamerbrief.mandates.pipeline.Pipeline;

/**
 * One input from bytes to output lines: read within the byte limit, recognise its format by content, ingest it,
 * tell its language, run the pipeline, and write its normalized text to {@code text/<id>.txt}. Everything that can
 * go wrong with one input becomes its {@code failed} or {@code skipped} line, never an exception of the run; the
 * watchdog bounds its time. Thread-safe: one instance serves every worker.
 */
final class DocumentProcessor {

    private final Supplier<Pipeline> pipeline;
    private final Ingestion ingestion;

    DocumentProcessor(Supplier<Pipeline> pipeline, Ingestion ingestion) {
        this.pipeline = pipeline;
        this.ingestion = ingestion;
    }

    /** Processes one input under the watchdog. */
    Outcome process(InputWalker.Input in, String id, BatchRunner.Options options, Path textDir) {
        long t0 = System.nanoTime();
        Outcome o;
        try {
            Watchdog.Result<Outcome> r = Watchdog.run(() -> work(in, id, options, textDir, t0), options.timeout());
            if (r instanceof Watchdog.Done<Outcome> d) {
                o = d.value();
            } else if (r instanceof Watchdog.TimedOut<Outcome>) {
                o = failedAfterReading(in, id, options, t0, IngestFailure.Reason.TIMED_OUT.label() + " after "
                        + options.timeout().toSeconds() + " s (--timeout)");
            } else {
                o = failedAfterReading(in, id, options, t0, "out of memory (give the JVM more with JAVA_OPTS=-Xmx...)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            o = outcome(failed(id, in, null, null, "interrupted"), List.of(), Map.of(), t0);
        } catch (Exception | StackOverflowError e) {
            o = outcome(failed(id, in, null, null, "cannot process: " + e), List.of(), Map.of(), t0);
        }
        return o;
    }

    /** A failure known only after the watchdog stopped waiting: the file's identity, read again. */
    private Outcome failedAfterReading(InputWalker.Input in, String id, BatchRunner.Options options, long t0,
                                       String reason) {
        String[] identity = identify(in.path(), options.maxBytes());
        return outcome(failed(id, in, identity[0], identity[1], reason), List.of(), Map.of(), t0);
    }

    private Outcome work(InputWalker.Input in, String id, BatchRunner.Options options, Path textDir, long t0)
            throws IOException {
        Path path = in.path();
        if (!Files.isReadable(path)) {
            return outcome(failed(id, in, null, null, "cannot read file"), List.of(), Map.of(), t0);
        }
        long size = Files.size(path);
        if (size > options.maxBytes()) {
            return outcome(failed(id, in, null, null, IngestFailure.Reason.TOO_LARGE.label() + ": " + size
                    + " bytes, limit " + options.maxBytes()), List.of(), Map.of(), t0);
        }
        byte[] bytes = Files.readAllBytes(path);
        String sha = sha256(bytes);
        String name = path.getFileName().toString();
        String type = MediaTypes.detect(head(bytes), bytes.length, name);
        boolean letterName = MediaTypes.LETTER_EXTENSIONS.contains(MediaTypes.extension(name));
        if (bytes.length == 0) {
            DocumentEntry e = letterName ? failed(id, in, sha, type, IngestFailure.Reason.EMPTY.label())
                    : skipped(id, in, sha, type, "empty file");
            return outcome(e, List.of(), Map.of(), t0);
        }
        if (!MediaTypes.isLetterType(type)) {
            if (letterName) {
                String why = MediaTypes.OCTET.equals(type) ? IngestFailure.Reason.NOT_TEXT.label()
                        : IngestFailure.Reason.WRONG_FORMAT.label() + ": content is " + type;
                return outcome(failed(id, in, sha, type, why), List.of(), Map.of(), t0);
            }
            return outcome(skipped(id, in, sha, type, "not a letter format (" + type + ")"), List.of(), Map.of(),
                    t0);
        }
        IngestedDocument doc;
        try {
            doc = ingestion.ingest(new SourceInfo(id, in.asGiven(), path, sha, bytes.length, type), bytes);
        } catch (IngestFailure f) {
            return outcome(failed(id, in, sha, type, f.getMessage()), List.of(), Map.of(), t0);
        }
        List<String> warnings = new ArrayList<>(doc.warnings());
        // a text file named .pdf is read as the text it is, and the user is told
        String promised = MediaTypes.promisedBy(MediaTypes.extension(name));
        if (promised != null && !promised.equals(type)
                && !(MediaTypes.TEXT.equals(promised) && MediaTypes.MARKDOWN.equals(type))) {
            warnings.add("named ." + MediaTypes.extension(name) + " but the content is " + type);
        }
        String language = LanguageDetection.of(doc.text());
        Integer pages = doc.pages().isPaged() ? doc.pages().pages() : null;
        if (!options.anyLanguage() && !"nl".equals(language) && !"und".equals(language)) {
            DocumentEntry e = new DocumentEntry(id, in.asGiven(), sha, type, language, pages,
                    doc.text().codePointLength(), null, null, DocumentEntry.SKIPPED,
                    "not Dutch (" + language + "); use --any-language to extract anyway", 0, warnings);
            return outcome(e, List.of(), Map.of(), t0);
        }
        Pipeline.Result result = pipeline.get().process(doc);
        List<String> lines = new ArrayList<>();
        for (MandateRecord r : result.records()) {
            lines.add(RecordJson.line(r, doc.text()));
        }
        Path textFile = TextFiles.resolve(textDir, id);
        if (!textFile.getFileName().toString().equals(id + ".txt")) {
            warnings.add("the id is not a safe file name: the text is in text/" + textFile.getFileName());
        }
        writeText(textFile, doc.text().toString());
        var header = result.text().header();
        DocumentEntry e = new DocumentEntry(id, in.asGiven(), sha, type, language, pages,
                doc.text().codePointLength(), header.date() == null ? null : header.date().toString(),
                header.kamerstuk(), DocumentEntry.OK, null, result.records().size(), warnings);
        return outcome(e, lines, result.stageNanos(), t0);
    }

    /** Writes a text only when it changed, so an unchanged file keeps its time and inode. */
    private static void writeText(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
            AtomicFiles.write(target, bytes);
        }
    }

    private static Outcome outcome(DocumentEntry e, List<String> recordLines, Map<String, Long> stages, long t0) {
        return new Outcome(e, DocumentJson.line(e), recordLines, stages, (System.nanoTime() - t0) / 1_000_000,
                false);
    }

    static DocumentEntry failed(String id, InputWalker.Input in, String sha, String type, String reason) {
        return new DocumentEntry(id, in.asGiven(), sha, type, null, null, null, null, null, DocumentEntry.FAILED,
                reason, 0, List.of());
    }

    private static DocumentEntry skipped(String id, InputWalker.Input in, String sha, String type, String reason) {
        return new DocumentEntry(id, in.asGiven(), sha, type, null, null, null, null, null, DocumentEntry.SKIPPED,
                reason, 0, List.of());
    }

    /** The SHA-256 and media type of a file (nulls when it cannot or should not be read). */
    static String[] identify(Path path, long maxBytes) {
        try {
            if (Files.isReadable(path) && Files.size(path) <= maxBytes) {
                byte[] bytes = Files.readAllBytes(path);
                return new String[] {sha256(bytes),
                        MediaTypes.detect(head(bytes), bytes.length, path.getFileName().toString())};
            }
        } catch (IOException e) {
            // unreadable: the failure's reason says what there is to say
        }
        return new String[] {null, null};
    }

    /** The SHA-256 of a file's bytes, or null when it cannot be read or is over the limit (no type sniffing). */
    static String sha256Of(Path path, long maxBytes) {
        try {
            if (Files.isReadable(path) && Files.size(path) <= maxBytes) {
                return sha256(Files.readAllBytes(path));
            }
        } catch (IOException e) {
            // unreadable: it is read again, and its failure says why
        }
        return null;
    }

    private static byte[] head(byte[] bytes) {
        return bytes.length > 16384 ? Arrays.copyOf(bytes, 16384) : bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
