package nl.kamerbrief.mandates.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kamerbrief.mandates.dataset.Dataset;
import nl.kamerbrief.mandates.dataset.DatasetException;
import nl.kamerbrief.mandates.dataset.FolderSwap;

/**
 * Writes the report folder of a dataset: {@code index.html}, {@code assets/} (the script and style, from
 * {@code src/main/resources/report/}), {@code data/records-<n>.js} and {@code docs/<name>.html}. Nothing in it
 * comes from the network; it opens from disk. The folder replaces an earlier report as a whole.
 */
public final class ReportWriter {

    /** Records per data file: a table page needs one or two files, a file stays a few hundred kilobytes. */
    public static final int CHUNK_SIZE = 2000;
    static final String[] ASSETS = {"report.js", "report.css"};

    private ReportWriter() {
    }

    public static void write(Dataset dataset, Path out) throws IOException, DatasetException {
        try (FolderSwap swap = FolderSwap.begin(out, "index.html", "a report folder")) {
            Path dir = swap.staging();
            Path assets = Files.createDirectories(dir.resolve("assets"));
            for (String asset : ASSETS) {
                try (InputStream in = ReportWriter.class.getResourceAsStream("/report/" + asset)) {
                    if (in == null) {
                        throw new IOException("resource /report/" + asset + " is missing from the build");
                    }
                    Files.copy(in, assets.resolve(asset));
                }
            }
            DocumentIndex index = new DocumentIndex(dataset);
            RecordChunks.write(dataset.missions(), index, CHUNK_SIZE, dir.resolve("data"));
            DocumentPages.write(index, dir.resolve("docs"));
            ObjectNode summary = ReportSummary.of(dataset, index, CHUNK_SIZE);
            Files.writeString(dir.resolve("index.html"), IndexPage.html(dataset, summary), StandardCharsets.UTF_8);
            swap.commit();
        }
    }
}
