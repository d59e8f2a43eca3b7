package nl.kamerbrief.mandates.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kamerbrief.mandates.batch.AtomicFiles;
import nl.kamerbrief.mandates.batch.BatchRunner;
import nl.kamerbrief.mandates.batch.InputWalker;
import nl.kamerbrief.mandates.ingest.PlainPdfText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mandates text}: the text of PDFs as PDFBox alone extracts it, in parallel, no pipeline. The whole-process
 * benchmark ({@code bench/pdf.sh}) compares {@code extract} with it: how much the pipeline costs beyond reading the
 * PDF itself.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = {"Extract the text of PDFs with PDFBox alone (PDFTextStripper; no layout clean-up, no records):"
                + " the baseline of the benchmark. Text goes to DIR/<name>.txt, or to stdout without -o."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every PDF was read", "  1  some could not be read (listed on stderr)", "  2  usage error"})
public final class TextCommand implements Callable<Integer> {

    @Mixin
    Common common;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Write DIR/<name>.txt per PDF.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "PDFs read at once (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "PDFs, or folders of them.")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        common.applyLogLevel();
        List<Path> pdfs = new ArrayList<>();
        for (InputWalker.Input in : InputWalker.collect(paths)) {
            if (in.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
                pdfs.add(in.path());
            }
        }
        if (out != null) {
            Files.createDirectories(out);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        int failed = 0;
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (Path pdf : pdfs) {
                texts.add(pool.submit(() -> {
                    String text = PlainPdfText.of(Files.readAllBytes(pdf));
                    if (out != null) {
                        AtomicFiles.write(out.resolve(BatchRunner.stem(pdf.getFileName().toString()) + ".txt"), text);
                        return null;
                    }
                    return text;
                }));
            }
            PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            for (int i = 0; i < pdfs.size(); i++) {
                try {
                    String text = texts.get(i).get();
                    if (text != null) {
                        stdout.print(text);
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    failed++;
                    common.err().println("mandates text: " + pdfs.get(i) + ": " + e.getCause().getMessage());
                }
            }
            stdout.flush();
        } finally {
            pool.shutdownNow();
        }
        return failed > 0 ? 1 : 0;
    }
}
