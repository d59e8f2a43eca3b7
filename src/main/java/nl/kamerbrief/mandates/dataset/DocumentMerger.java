package nl.kamerbrief.mandates.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the documents of several runs so that each counts once. A document is known by its id (the file's stem);
 * the same id with the same SHA-256 in two runs is one document; with another SHA-256 the run given later wins
 * (with a warning), as it read the newer file. Only documents read {@code ok} enter the dataset: a skipped or
 * failed reading never replaces a good one.
 */
public final class DocumentMerger {

    /** The merged documents, ordered by date (undated last) then id, and what the merge had to say. */
    public record Result(List<MergedDocument> documents, List<String> warnings, Set<String> excluded) {
    }

    private DocumentMerger() {
    }

    public static Result merge(List<RunOutput> runs) {
        Map<String, MergedDocument> byId = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        Set<String> notOk = new TreeSet<>();
        for (RunOutput run : runs) {
            for (SourceDocument d : run.documents()) {
                if (!d.ok()) {
                    notOk.add(d.id());
                    continue;
                }
                MergedDocument earlier = byId.get(d.id());
                if (earlier != null && !Objects.equals(earlier.document().sha256(), d.sha256())) {
                    warnings.add("document '" + d.id() + "' differs between " + earlier.document().folder() + " ("
                            + shortSha(earlier.document().sha256()) + ") and " + run.folder() + " ("
                            + shortSha(d.sha256()) + "): the version of " + run.folder() + " is kept");
                }
                byId.put(d.id(), new MergedDocument(d, run.recordsOf(d.id())));
            }
        }
        notOk.removeAll(byId.keySet());
        List<MergedDocument> documents = new ArrayList<>(byId.values());
        documents.sort(Comparator.comparing((MergedDocument m) -> m.document().date(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(m -> m.document().id()));
        return new Result(documents, warnings, notOk);
    }

    private static String shortSha(String sha) {
        return sha == null ? "no sha256" : "sha256 " + sha.substring(0, Math.min(12, sha.length()));
    }
}
