package nl.kamerbrief.mandates.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a sync did, per source and dossier, and what failed with the reason. */
public final class SyncReport {

    /** What went wrong: a listing (document null) or one document's file. */
    public record Failure(String source, String dossier, String document, String reason) {
        @Override
        public String toString() {
            return source + " " + dossier + (document == null ? " (listing)" : " " + document) + ": " + reason;
        }
    }

    /** The counts of one source and dossier. */
    public static final class Tally {
        int listed;
        int fetched;
        int changed;
        int updated;
        int present;
        int deleted;
        int failed;

        public int listed() {
            return listed;
        }

        /** New documents whose file was fetched. */
        public int fetched() {
            return fetched;
        }

        /** Known documents whose file changed and was fetched again. */
        public int changed() {
            return changed;
        }

        /** Known documents whose metadata changed but not their file (only the sidecar was rewritten). */
        public int updated() {
            return updated;
        }

        /** Documents already here (same version, or fetched through the other source). */
        public int present() {
            return present;
        }

        /** Documents the source marks deleted (recorded in {@code .sync/deleted.jsonl}). */
        public int deleted() {
            return deleted;
        }

        public int failed() {
            return failed;
        }
    }

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<String> written = new ArrayList<>();

    Tally tally(String source, String dossier) {
        return tallies.computeIfAbsent(source + " " + dossier, k -> new Tally());
    }

    void fail(Failure f) {
        failures.add(f);
    }

    void wrote(String fileName) {
        written.add(fileName);
    }

    /** Per "source dossier", in the order they ran. */
    public Map<String, Tally> tallies() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tallies));
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** The files fetched in this run, in order. */
    public List<String> written() {
        return List.copyOf(written);
    }

    public int fetched() {
        return tallies.values().stream().mapToInt(t -> t.fetched + t.changed).sum();
    }

    public int deleted() {
        return tallies.values().stream().mapToInt(t -> t.deleted).sum();
    }
}
