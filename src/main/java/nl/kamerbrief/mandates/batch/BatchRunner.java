package nl.kamerbrief.mandates.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import nl.kamerbrief.mandates.emit.DocumentEntry;
import nl.kamerbrief.mandates.emit.DocumentJson;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.ingest.Sidecar;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pipeline over many inputs into one output folder, unattended. Inputs are processed in parallel, each
 * under the watchdog so one bad document fails alone; the output does not depend on the number of threads, since
 * every file is assembled in input order at the end. Every file is written to a temporary file and renamed, so a
 * crash at any moment leaves each in its old or its new complete state. The folder is locked for the run. An
 * incremental run reuses the output of every unchanged input (same path and bytes, same pipeline and rules) and
 * gives byte for byte what a full run would.
 */
public final class BatchRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

    /**
     * What a run is asked to do.
     *
     * @param timeout     how long one document may take; past it, it fails alone and the run goes on
     * @param threads     documents processed at once
     * @param incremental reuse the output of unchanged inputs
     * @param keepRemoved in an incremental run, keep the output of inputs that are no longer given
     * @param quiet       no progress on stderr
     */
    public record Options(List<String> inputs, Path out, long maxBytes, boolean anyLanguage, Duration timeout,
                          int threads, boolean incremental, boolean keepRemoved, boolean quiet) {

        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

        public Options {
            inputs = List.copyOf(inputs);
            threads = Math.max(1, threads);
        }

        public Options(List<String> inputs, Path out, long maxBytes, boolean anyLanguage, Duration timeout) {
            this(inputs, out, maxBytes, anyLanguage, timeout, 1, false, false, true);
        }

        public Options(List<String> inputs, Path out, long maxBytes, boolean anyLanguage) {
            this(inputs, out, maxBytes, anyLanguage, DEFAULT_TIMEOUT);
        }
    }

    /** What a run did. */
    public record Summary(int ok, int skipped, int failed, int reused, int records, long millis,
                          List<DocumentEntry> documents) {

        public List<DocumentEntry> failures() {
            return documents.stream().filter(d -> DocumentEntry.FAILED.equals(d.status())).toList();
        }
    }

    /** One input of the run, with its id and, for a second input of the same id, the first one's path. */
    private record Job(int index, InputWalker.Input input, String id, String duplicateOf) {
    }

    private final Supplier<Pipeline> pipeline;
    private final String rulesDigest;
    private final Ingestion ingestion;
    private final String version;

    public BatchRunner(Pipeline pipeline, Ingestion ingestion, String version) {
        this(() -> pipeline, pipeline.rulesDigest(), ingestion, version);
    }

    /**
     * @param pipeline built on first use only, so an incremental run with nothing new never loads the models
     */
    public BatchRunner(Supplier<Pipeline> pipeline, String rulesDigest, Ingestion ingestion, String version) {
        this.pipeline = memoized(pipeline);
        this.rulesDigest = rulesDigest;
        this.ingestion = ingestion;
        this.version = version;
    }

    /** Runs; fails at once with {@link OutputLock.HeldException} when another run holds the output folder. */
    public Summary run(Options options) throws IOException {
        try (OutputLock lock = OutputLock.acquire(options.out())) {
            return runLocked(options);
        }
    }

    /** Whether an exception of {@link #run} means the output folder is held by another run. */
    public static boolean isLocked(IOException e) {
        return e instanceof OutputLock.HeldException;
    }

    private Summary runLocked(Options options) throws IOException {
        long started = System.currentTimeMillis();
        Instant when = Instant.now();
        Path out = options.out();
        Path textDir = out.resolve("text");
        Files.createDirectories(textDir);
        AtomicFiles.removeLeftovers(out);
        AtomicFiles.removeLeftovers(textDir);

        long t0 = System.nanoTime();
        List<Job> jobs = jobs(InputWalker.collect(options.inputs()));
        LOG.debug("{} inputs found in {} ms", jobs.size(), (System.nanoTime() - t0) / 1_000_000);
        RunState state = options.incremental() ? RunState.load(out) : null;
        boolean sameRun = state != null && Objects.equals(state.version(), version)
                && Objects.equals(state.rulesDigest(), rulesDigest) && state.anyLanguage() == options.anyLanguage();
        long t1 = System.nanoTime();
        PreviousOutput previous = state != null ? PreviousOutput.load(out) : null;
        LOG.debug("the last run's state and output read in {} ms", (System.nanoTime() - t1) / 1_000_000);
        long t2 = System.nanoTime();
        Map<String, RunState.Input> before = new HashMap<>();
        if (sameRun) {
            state.inputs().forEach(i -> before.put(i.path(), i));
        }
        if (state != null && !sameRun) {
            LOG.info("the pipeline or the rules changed since the last run: every input is read again");
        }

        DocumentProcessor processor = new DocumentProcessor(pipeline, ingestion);
        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "mandates-worker");
            t.setDaemon(true);
            return t;
        });
        try (Progress progress = Progress.of(jobs.size(), options.quiet())) {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> {
                    Outcome o = outcome(job, options, textDir, before, previous, processor);
                    progress.step(job.id());
                    return o;
                }));
            }
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("a worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        for (Outcome o : outcomes) {
            log(o, outcomes.size());
        }

        // inputs of the last run that are no longer given: dropped, or kept as they were
        List<String> keptDocumentLines = new ArrayList<>();
        List<String> keptRecordLines = new ArrayList<>();
        Set<String> keepTexts = new HashSet<>();
        List<RunState.Input> stateInputs = new ArrayList<>();
        Set<String> given = new HashSet<>();
        for (int i = 0; i < jobs.size(); i++) {
            Outcome o = outcomes.get(i);
            given.add(jobs.get(i).input().asGiven());
            if (DocumentEntry.OK.equals(o.entry().status())) {
                keepTexts.add(TextFiles.name(jobs.get(i).id()));
            }
            if (jobs.get(i).duplicateOf() == null && o.entry().sha256() != null) {
                stateInputs.add(new RunState.Input(jobs.get(i).input().asGiven(), jobs.get(i).id(),
                        o.entry().sha256(), sidecarSha256(jobs.get(i).input().path())));
            }
        }
        if (options.keepRemoved() && state != null && previous != null) {
            for (RunState.Input old : state.inputs()) {
                if (!given.contains(old.path()) && previous.documentLine(old.id()) != null
                        && keepTexts.add(TextFiles.name(old.id()))) {
                    keptDocumentLines.add(previous.documentLine(old.id()));
                    keptRecordLines.addAll(previous.recordLines(old.id()));
                    stateInputs.add(old);
                }
            }
        }

        LOG.debug("documents read or reused in {} ms", (System.nanoTime() - t2) / 1_000_000);
        long t3 = System.nanoTime();
        List<DocumentEntry> entries = outcomes.stream().map(Outcome::entry).toList();
        int ok = count(entries, DocumentEntry.OK);
        int skipped = count(entries, DocumentEntry.SKIPPED);
        int failed = count(entries, DocumentEntry.FAILED);
        int reused = (int) outcomes.stream().filter(Outcome::reused).count();
        removeStaleTexts(textDir, keepTexts);

        // nothing new: every input unchanged, none added, removed or moved: the outputs the last run wrote are what
        // this run would write, byte for byte, and stay as they are
        if (sameRun && reused == outcomes.size() && stateInputs.equals(state.inputs()) && keptDocumentLines.isEmpty()
                && Files.exists(out.resolve("records.jsonl")) && Files.exists(out.resolve("documents.jsonl"))) {
            int total = entries.stream().mapToInt(DocumentEntry::records).sum();
            long millis = System.currentTimeMillis() - started;
            writeRunLog(out, when, millis, jobs, outcomes, options, ok, skipped, failed, reused, total);
            LOG.debug("nothing new: outputs left as they are ({} ms)", (System.nanoTime() - t3) / 1_000_000);
            return new Summary(ok, skipped, failed, reused, total, millis, entries);
        }

        // sized once: an output of 10,000 letters holds tens of megabytes, and doubling copies them again and again
        List<List<String>> recordLinesOf = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            recordLinesOf.add(o.reused() ? previous.recordLines(jobs.get(i).id()) : o.recordLines());
        }
        long recordChars = 0;
        long docChars = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            docChars += outcomes.get(i).documentLine().length() + 1;
            for (String line : recordLinesOf.get(i)) {
                recordChars += line.length() + 1;
            }
        }
        for (String line : keptDocumentLines) {
            docChars += line.length() + 1;
        }
        for (String line : keptRecordLines) {
            recordChars += line.length() + 1;
        }
        StringBuilder records = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, recordChars));
        StringBuilder docs = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, docChars));
        int total = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            docs.append(outcomes.get(i).documentLine()).append('\n');
            for (String line : recordLinesOf.get(i)) {
                records.append(line).append('\n');
            }
            total += recordLinesOf.get(i).size();
        }
        keptDocumentLines.forEach(l -> docs.append(l).append('\n'));
        keptRecordLines.forEach(l -> records.append(l).append('\n'));
        total += keptRecordLines.size();

        AtomicFiles.writeIfChanged(out.resolve("records.jsonl"), records.toString());
        AtomicFiles.writeIfChanged(out.resolve("documents.jsonl"), docs.toString());
        new RunState(version, rulesDigest, options.anyLanguage(), stateInputs).save(out);

        long millis = System.currentTimeMillis() - started;
        writeRunLog(out, when, millis, jobs, outcomes, options, ok, skipped, failed, reused, total);
        LOG.debug("outputs written in {} ms", (System.nanoTime() - t3) / 1_000_000);
        return new Summary(ok, skipped, failed, reused, total, millis, entries);
    }

    /** The inputs with their ids; a second input with an id already taken fails (first come, in input order). */
    private static List<Job> jobs(List<InputWalker.Input> inputs) {
        List<Job> jobs = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (InputWalker.Input in : inputs) {
            String id = stem(in.path().getFileName().toString());
            String other = seen.putIfAbsent(id, in.asGiven());
            jobs.add(new Job(jobs.size(), in, id, other));
        }
        return jobs;
    }

    /** One job's outcome: a duplicate's failure, the last run's output of an unchanged input, or a fresh one. */
    private static Outcome outcome(Job job, Options options, Path textDir, Map<String, RunState.Input> before,
                                   PreviousOutput previous, DocumentProcessor processor) {
        InputWalker.Input in = job.input();
        if (job.duplicateOf() != null) {
            String[] identity = DocumentProcessor.identify(in.path(), options.maxBytes());
            DocumentEntry e = DocumentProcessor.failed(job.id(), in, identity[0], identity[1],
                    "duplicate document id '" + job.id() + "': also " + job.duplicateOf());
            return new Outcome(e, DocumentJson.line(e), List.of(), Map.of(), 0, false);
        }
        RunState.Input last = before.get(in.asGiven());
        if (last != null && last.id().equals(job.id()) && previous != null) {
            Outcome reused = reuse(job, last, previous, options, textDir);
            if (reused != null) {
                return reused;
            }
        }
        return processor.process(in, job.id(), options, textDir);
    }

    /** The last run's lines of an input whose bytes did not change, or null when it must be read again. */
    private static Outcome reuse(Job job, RunState.Input last, PreviousOutput previous, Options options,
                                 Path textDir) {
        String line = previous.documentLine(job.id());
        if (line == null) {
            return null;
        }
        if (!last.sha256().equals(DocumentProcessor.sha256Of(job.input().path(), options.maxBytes()))
                || !Objects.equals(last.sidecarSha256(), sidecarSha256(job.input().path()))) {
            return null;
        }
        DocumentEntry entry = DocumentJson.parse(line);
        try {
            if (DocumentEntry.OK.equals(entry.status()) && !Files.exists(TextFiles.resolve(textDir, job.id()))) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return new Outcome(entry, line, List.of(), Map.of(), 0, true);   // its record lines: previous output
    }

    private static void log(Outcome o, int total) {
        DocumentEntry e = o.entry();
        if (DocumentEntry.FAILED.equals(e.status())) {
            LOG.error("{}: failed: {}", e.path(), e.reason());
        } else if (DocumentEntry.SKIPPED.equals(e.status())) {
            LOG.info("{}: skipped: {}", e.path(), e.reason());
        } else {
            LOG.debug("{}: {} records{}", e.path(), e.records(), o.reused() ? " (unchanged)" : "");
        }
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
        return DocumentProcessor.sha256(bytes);
    }

    /** The SHA-256 of an input's sync sidecar, or null when it has none: a changed sidecar means read again. */
    private static String sidecarSha256(Path input) {
        Path sidecar = Sidecar.of(input);
        try {
            return Files.isRegularFile(sidecar) ? sha256(Files.readAllBytes(sidecar)) : null;
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /** Removes the texts of documents no longer in the output; {@code keep} holds {@link TextFiles#name}s. */
    private static void removeStaleTexts(Path textDir, Set<String> keep) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(textDir, "*.txt")) {
            for (Path p : ds) {
                if (!keep.contains(stem(p.getFileName().toString()))) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void writeRunLog(Path out, Instant when, long millis, List<Job> jobs, List<Outcome> outcomes,
                             Options options, int ok, int skipped, int failed, int reused, int records)
            throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("started", when.toString());
        root.put("finished", Instant.now().toString());
        root.put("milliseconds", millis);
        root.put("version", version);
        root.put("rules_digest", rulesDigest);
        root.put("threads", options.threads());
        root.put("incremental", options.incremental());
        ObjectNode counts = root.putObject("documents");
        counts.put("ok", ok);
        counts.put("skipped", skipped);
        counts.put("failed", failed);
        counts.put("unchanged", reused);
        root.put("records", records);
        Map<String, Long> stageNanos = new LinkedHashMap<>();
        outcomes.forEach(o -> o.stageNanos().forEach((k, v) -> stageNanos.merge(k, v, Long::sum)));
        ObjectNode stages = root.putObject("stage_milliseconds");
        stageNanos.forEach((k, v) -> stages.put(k, v / 1_000_000));
        ObjectNode docs = root.putObject("document_milliseconds");
        for (int i = 0; i < jobs.size(); i++) {
            String key = jobs.get(i).id() + (jobs.get(i).duplicateOf() != null ? "#" + (i + 1) : "");
            docs.put(key, outcomes.get(i).millis());
        }
        AtomicFiles.write(out.resolve("run.json"), m.writeValueAsString(root) + "\n");
    }

    private static <T> Supplier<T> memoized(Supplier<T> s) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = s.get();
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }
}
