package nl.kamerbrief.mandates.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.ingest.IngestFailure;
import nl.kamerbrief.mandates.ingest.IngestedDocument;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.ingest.SourceInfo;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.rules.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The text-to-records stage (every annotator and the assembler, {@link Pipeline#process}) on the letters of
 * {@code corpus/}, already ingested: one operation is one pass over all of them. {@code bench/jmh.sh} runs it with
 * one thread and with all cores and turns operations per second into documents and MB of text per second per
 * thread. Not a test: run it with that script.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class TextStageBenchmark {

    /** With the trained name finder (what {@code extract} runs) or the rules alone ({@code --no-model}). */
    @Param({"true", "false"})
    public boolean model;

    private Pipeline pipeline;
    private final List<IngestedDocument> letters = new ArrayList<>();

    @Setup
    public void setUp() throws Exception {
        pipeline = new Pipeline(RuleSet.load(Path.of("rules")), model);
        letters.addAll(corpus(Path.of("corpus")));
    }

    @Benchmark
    public void allLetters(Blackhole bh) {
        for (IngestedDocument d : letters) {
            bh.consume(pipeline.process(d).records());
        }
    }

    /** The text letters of a folder ({@code gold/} left out), ingested as {@code extract} would. */
    public static List<IngestedDocument> corpus(Path dir) throws IOException {
        Ingestion ingestion = Ingestion.standard();
        List<IngestedDocument> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/gold"))
                    .sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                String name = f.getFileName().toString();
                SourceInfo source = new SourceInfo(name.substring(0, name.lastIndexOf('.')), f.toString(), f, "-",
                        bytes.length, "text/plain");
                try {
                    out.add(ingestion.ingest(source, bytes));
                } catch (IngestFailure e) {
                    // not a letter the stage would see (skipped or failed at ingestion)
                }
            }
        }
        return out;
    }

    /** Characters and UTF-8 bytes of the texts one operation reads: what the script divides by. */
    public static void main(String[] args) throws IOException {
        List<IngestedDocument> docs = corpus(Path.of(args.length > 0 ? args[0] : "corpus"));
        long bytes = 0;
        for (IngestedDocument d : docs) {
            bytes += d.text().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        System.out.println(docs.size() + " " + bytes);
    }
}
