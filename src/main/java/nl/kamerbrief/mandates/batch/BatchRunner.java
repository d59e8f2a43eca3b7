package nl.kamerbrief.mandates.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One extract run: every input gets exactly one status (ok, skipped or failed, with a reason naming the
 * problem), a bad input never stops the others, and the output folder is written with temp files and renames so
 * that a crash leaves each file whole, old or new. Outputs do not depend on anything but the inputs and rules:
 * a rerun gives byte-identical {@code records.jsonl}, {@code documents.jsonl} and {@code text/}.
 */
public final class BatchRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

    /**
     * What a run is asked to do.
     *
     * @param timeout how long one document may take; past it, it fails alone and the run goes on
     */
    public record Options(List<String> inputs, Path out, long maxBytes, boolean anyLanguage, Duration timeout) {

        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

        public Options(List<String> inputs, Path out, long maxBytes, boolean anyLanguage) {
            this(inputs, out, maxBytes, anyLanguage, DEFAULT_TIMEOUT);
        }
    }

    /** What a run did. */
    public record Summary(int ok, int skipped, int failed, int records, long millis,
                          List<DocumentEntry> documents) {

        public List<DocumentEntry> failures() {
            return documents.stream().filter(d -> DocumentEntry.FAILED.equals(d.status())).toList();
        }
    }

    private final Pipeline pipeline;
    private final Ingestion ingestion;
    private final String version;

    public BatchRunner(Pipeline pipeline, Ingestion ingestion, String version) {
        this.pipeline = pipeline;
        this.ingestion = ingestion;
        this.version = version;
    }

    public Summary run(Options options) throws IOException {
        long started = System.currentTimeMillis();
        Instant when = Instant.now();
        List<InputWalker.Input> inputs = InputWalker.collect(options.inputs());
        Files.createDirectories(options.out().resolve("text"));

        List<DocumentEntry> documents = new ArrayList<>();
        StringBuilder records = new StringBuilder();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Long> perDocumentMillis = new LinkedHashMap<>();
        Map<String, Long> stageNanos = new LinkedHashMap<>();
        Map<String, String> seen = new HashMap<>();
        int total = 0;
        int n = 0;
        for (InputWalker.Input in : inputs) {
            n++;
            long t0 = System.nanoTime();
            DocumentEntry entry;
            String id = stem(in.path().getFileName().toString());
            try {
                String other = seen.putIfAbsent(id, in.asGiven());
                if (other != null) {
                    String[] identity = identify(in.path(), options.maxBytes());
                    entry = failed(id, in, identity[0], identity[1],
                            "duplicate document id '" + id + "': also " + other);
                } else {
                    Processed p = watched(in, id, options);
                    entry = p.entry();
                    if (p.records() != null) {
                        for (MandateRecord r : p.records()) {
                            records.append(RecordJson.line(r, p.doc().text())).append('\n');
                        }
                        total += p.records().size();
                        texts.put(id, p.doc().text().toString());
                        p.stages().forEach((k, v) -> stageNanos.merge(k, v, Long::sum));
                    }
                }
            } catch (IOException | RuntimeException e) {
                entry = failed(id, in, null, null, "cannot process: " + e);
                LOG.debug("processing {} failed", in.asGiven(), e);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            perDocumentMillis.put(id + (perDocumentMillis.containsKey(id) ? "#" + n : ""), ms);
            documents.add(entry);
            if (DocumentEntry.FAILED.equals(entry.status())) {
                LOG.error("{}: failed: {}", in.asGiven(), entry.reason());
            } else if (DocumentEntry.SKIPPED.equals(entry.status())) {
                LOG.info("{}: skipped: {}", in.asGiven(), entry.reason());
            } else {
                LOG.info("[{}/{}] {}: {} records", n, inputs.size(), in.asGiven(), entry.records());
            }
        }

        Path textDir = options.out().resolve("text");
        for (var e : texts.entrySet()) {
            Path target = textDir.resolve(e.getKey() + ".txt");
            byte[] bytes = e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                AtomicFiles.write(target, bytes);
            }
        }
        removeStaleTexts(textDir, texts.keySet());
        AtomicFiles.write(options.out().resolve("records.jsonl"), records.toString());
        StringBuilder docs = new StringBuilder();
        for (DocumentEntry d : documents) {
            docs.append(DocumentJson.line(d)).append('\n');
        }
        AtomicFiles.write(options.out().resolve("documents.jsonl"), docs.toString());

        long millis = System.currentTimeMillis() - started;
        int ok = count(documents, DocumentEntry.OK);
        int skipped = count(documents, DocumentEntry.SKIPPED);
        int failed = count(documents, DocumentEntry.FAILED);
        writeRunLog(options.out(), when, millis, perDocumentMillis, stageNanos, ok, skipped, failed, total);
        return new Summary(ok, skipped, failed, total, millis, documents);
    }

    /**
     * One document under the watchdog: it runs on a worker thread, and past the time limit, or when it exhausts
     * memory, it fails alone with that reason. A parser stuck in a loop cannot be stopped from outside the JVM; its
     * thread is interrupted and abandoned (a daemon), and the run goes on. Input limits (bytes, pages) keep such
     * documents rare.
     */
    private Processed watched(InputWalker.Input in, String id, Options options) throws IOException {
        Future<Processed> f = WORKERS.submit(() -> process(in, id, options));
        try {
            return f.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            String[] identity = identify(in.path(), options.maxBytes());
            return new Processed(failed(id, in, identity[0], identity[1], IngestFailure.Reason.TIMED_OUT.label()
                    + " after " + options.timeout().toSeconds() + " s (--timeout)"), null, null, null);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                String[] identity = identify(in.path(), options.maxBytes());
                return new Processed(failed(id, in, identity[0], identity[1],
                        "out of memory (give the JVM more with JAVA_OPTS=-Xmx...)"), null, null, null);
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Daemon worker threads, so a document stuck past its time limit never keeps the JVM alive. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mandates-document");
        t.setDaemon(true);
        return t;
    });

    /** One processed input; {@code records} is null unless it is ok. */
    private record Processed(DocumentEntry entry, IngestedDocument doc, List<MandateRecord> records,
                             Map<String, Long> stages) {
    }

    /** The SHA-256 and media type of a file not otherwise read (nulls when it cannot or should not be read). */
    private static String[] identify(Path path, long maxBytes) {
        try {
            if (Files.isReadable(path) && Files.size(path) <= maxBytes) {
                byte[] bytes = Files.readAllBytes(path);
                byte[] head = bytes.length > 16384 ? java.util.Arrays.copyOf(bytes, 16384) : bytes;
                return new String[] {sha256(bytes),
                        MediaTypes.detect(head, bytes.length, path.getFileName().toString())};
            }
        } catch (IOException e) {
            LOG.debug("cannot read {}", path, e);
        }
        return new String[] {null, null};
    }

    private Processed process(InputWalker.Input in, String id, Options options) throws IOException {
        Path path = in.path();
        if (!Files.isReadable(path)) {
            return new Processed(failed(id, in, null, null, "cannot read file"), null, null, null);
        }
        long size = Files.size(path);
        if (size > options.maxBytes()) {
            return new Processed(failed(id, in, null, null, IngestFailure.Reason.TOO_LARGE.label() + ": " + size
                    + " bytes, limit " + options.maxBytes()), null, null, null);
        }
        byte[] bytes = Files.readAllBytes(path);
        String sha = sha256(bytes);
        String name = path.getFileName().toString();
        byte[] head = bytes.length > 16384 ? java.util.Arrays.copyOf(bytes, 16384) : bytes;
        String type = MediaTypes.detect(head, bytes.length, name);
        boolean letterName = MediaTypes.LETTER_EXTENSIONS.contains(MediaTypes.extension(name));
        if (bytes.length == 0) {
            if (letterName) {
                return new Processed(failed(id, in, sha, type, IngestFailure.Reason.EMPTY.label()), null, null, null);
            }
            return new Processed(skipped(id, in, sha, type, "empty file"), null, null, null);
        }
        if (!MediaTypes.isLetterType(type)) {
            if (letterName) {
                String why = MediaTypes.OCTET.equals(type) ? IngestFailure.Reason.NOT_TEXT.label()
                        : IngestFailure.Reason.WRONG_FORMAT.label() + ": content is " + type;
                return new Processed(failed(id, in, sha, type, why), null, null, null);
            }
            return new Processed(skipped(id, in, sha, type, "not a letter format (" + type + ")"), null, null, null);
        }
        SourceInfo source = new SourceInfo(id, in.asGiven(), path, sha, bytes.length, type);
        IngestedDocument doc;
        try {
            doc = ingestion.ingest(source, bytes);
        } catch (IngestFailure f) {
            return new Processed(failed(id, in, sha, type, f.getMessage()), null, null, null);
        }
        // a text file named .pdf is read as the text it is, and the user is told
        String promised = MediaTypes.promisedBy(MediaTypes.extension(name));
        if (promised != null && !promised.equals(type) && !(MediaTypes.TEXT.equals(promised)
                && MediaTypes.MARKDOWN.equals(type))) {
            List<String> w = new ArrayList<>(doc.warnings());
            w.add("named ." + MediaTypes.extension(name) + " but the content is " + type);
            doc = new IngestedDocument(doc.source(), doc.text(), doc.pages(), doc.metadata(), w);
        }
        String language = LanguageDetection.of(doc.text());
        if (!options.anyLanguage() && !"nl".equals(language) && !"und".equals(language)) {
            DocumentEntry e = new DocumentEntry(id, in.asGiven(), sha, type, language, pagesOf(doc),
                    doc.text().codePointLength(), null, null, DocumentEntry.SKIPPED,
                    "not Dutch (" + language + "); use --any-language to extract anyway", 0, doc.warnings());
            return new Processed(e, doc, null, null);
        }
        Pipeline.Result result = pipeline.process(doc);
        var header = result.text().header();
        DocumentEntry e = new DocumentEntry(id, in.asGiven(), sha, type, language, pagesOf(doc),
                doc.text().codePointLength(), header.date() == null ? null : header.date().toString(),
                header.kamerstuk(), DocumentEntry.OK, null, result.records().size(), doc.warnings());
        return new Processed(e, doc, result.records(), result.stageNanos());
    }

    private static Integer pagesOf(IngestedDocument doc) {
        return doc.pages().isPaged() ? doc.pages().pages() : null;
    }

    private static DocumentEntry failed(String id, InputWalker.Input in, String sha, String type, String reason) {
        return new DocumentEntry(id, in.asGiven(), sha, type, null, null, null, null, null, DocumentEntry.FAILED,
                reason, 0, List.of());
    }

    private static DocumentEntry skipped(String id, InputWalker.Input in, String sha, String type, String reason) {
        return new DocumentEntry(id, in.asGiven(), sha, type, null, null, null, null, null, DocumentEntry.SKIPPED,
                reason, 0, List.of());
    }

    private static int count(List<DocumentEntry> docs, String status) {
        return (int) docs.stream().filter(d -> status.equals(d.status())).count();
    }

    /** The file name without its last extension ("a.b.txt" is "a.b"). */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void removeStaleTexts(Path textDir, Set<String> keep) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(textDir, "*.txt")) {
            for (Path p : ds) {
                if (!keep.contains(stem(p.getFileName().toString()))) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void writeRunLog(Path out, Instant when, long millis, Map<String, Long> perDocument,
                             Map<String, Long> stageNanos, int ok, int skipped, int failed, int records)
            throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("started", when.toString());
        root.put("finished", Instant.now().toString());
        root.put("milliseconds", millis);
        root.put("version", version);
        root.put("rules_digest", pipeline.rulesDigest());
        ObjectNode counts = root.putObject("documents");
        counts.put("ok", ok);
        counts.put("skipped", skipped);
        counts.put("failed", failed);
        root.put("records", records);
        ObjectNode stages = root.putObject("stage_milliseconds");
        stageNanos.forEach((k, v) -> stages.put(k, v / 1_000_000));
        ObjectNode docs = root.putObject("document_milliseconds");
        perDocument.forEach(docs::put);
        AtomicFiles.write(out.resolve("run.json"), m.writeValueAsString(root) + "\n");
    }

    /** Reads a file's first bytes. */
    static byte[] head(Path p, int n) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return in.readNBytes(n);
        }
    }
}
