package nl.kamerbrief.mandates.ingest;

import java.util.List;
import java.util.Map;
import nl.kamerbrief.mandates.text.NormalizedText;
import nl.kamerbrief.mandates.text.PageMap;

/**
 * One input as text: the normalized text every later span indexes into, where its pages start, the metadata the
 * file itself carries (see {@link SourceInfo.Keys}), and warnings worth telling the user (encoding guessed,
 * encrypted but readable).
 */
public record IngestedDocument(SourceInfo source, NormalizedText text, PageMap pages, Map<String, String> metadata,
                               List<String> warnings) {

    public IngestedDocument {
        metadata = Map.copyOf(metadata);
        warnings = List.copyOf(warnings);
    }
}
