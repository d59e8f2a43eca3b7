package nl.kamerbrief.mandates.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kamerbrief.mandates.text.PageMap;
import nl.kamerbrief.mandates.text.TextNormalizer;

/** Plain text and Markdown, in UTF-8, UTF-16 with a byte-order mark, or a legacy single-byte encoding. */
public final class TextIngestor implements Ingestor {

    @Override
    public boolean accepts(String mediaType) {
        return MediaTypes.TEXT.equals(mediaType) || MediaTypes.MARKDOWN.equals(mediaType);
    }

    @Override
    public IngestedDocument ingest(SourceInfo source, byte[] content) throws IngestFailure {
        if (content.length == 0) {
            throw new IngestFailure(IngestFailure.Reason.EMPTY, null);
        }
        TextSniff sniff = TextSniff.of(content);
        if (!sniff.isText()) {
            throw new IngestFailure(IngestFailure.Reason.NOT_TEXT, "invalid UTF-8, NUL or control bytes");
        }
        String decoded = TextSniff.strictDecode(content, sniff.charset(), sniff.bomLength(), false);
        if (decoded == null) {
            throw new IngestFailure(IngestFailure.Reason.UNSUPPORTED_ENCODING,
                    "bytes are not valid " + sniff.charset().name());
        }
        List<String> warnings = new ArrayList<>();
        if (sniff.guessed()) {
            warnings.add("not UTF-8; decoded as " + sniff.charset().name());
        } else if (!sniff.charset().name().startsWith("UTF-8")) {
            warnings.add("encoding " + sniff.charset().name());
        }
        return new IngestedDocument(source, TextNormalizer.normalize(decoded), PageMap.NONE, Map.of(), warnings);
    }
}
