package nl.kamerbrief.mandates.dataset;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a dataset folder: the JSON files of {@link DatasetJson}, {@code dataset.csv}, {@code mandates.sqlite}
 * and {@code text/<id>.txt} of every document. The folder is written beside the target and takes its place when
 * complete ({@link FolderSwap}), so a reader never sees half a dataset.
 */
public final class DatasetWriter {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetWriter.class);

    public static final String CSV = "dataset.csv";
    public static final String SQLITE = "mandates.sqlite";

    private DatasetWriter() {
    }

    public static void write(Dataset dataset, Path out) throws IOException, DatasetException {
        try (FolderSwap swap = FolderSwap.begin(out, DatasetJson.MANIFEST, "a dataset folder")) {
            Path dir = swap.staging();
            Path text = Files.createDirectories(dir.resolve("text"));
            int missingTexts = 0;
            for (SourceDocument d : dataset.documents()) {
                if (Files.isRegularFile(d.text())) {
                    Files.copy(d.text(), text.resolve(d.id() + ".txt"));
                } else {
                    missingTexts++;
                    LOG.warn("{}: the text of document '{}' is missing; its evidence cannot be shown", d.text(),
                            d.id());
                }
            }
            DatasetJson.write(dataset, dir);
            try (Writer w = Files.newBufferedWriter(dir.resolve(CSV), StandardCharsets.UTF_8)) {
                DatasetCsv.write(dataset, w);
            }
            try {
                SqliteExport.write(dataset, dir.resolve(SQLITE));
            } catch (SQLException e) {
                throw new DatasetException(out.resolve(SQLITE) + ": cannot write: " + e.getMessage(), e);
            }
            swap.commit();
            if (missingTexts > 0) {
                LOG.warn("{} documents without their text", missingTexts);
            }
        }
    }
}
