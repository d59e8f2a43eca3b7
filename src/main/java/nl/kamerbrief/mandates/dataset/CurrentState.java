package nl.kamerbrief.mandates.dataset;

import java.util.List;
import java.util.function.Function;

/**
 * Where a mission stands after its latest letters: for each of headcount, end date and action, the value of the
 * latest record that states it (records in timeline order: by letter date, then letter id, then place in the
 * letter) and the letter that set it. Undated letters cannot be placed in time, so they set a value only when no
 * dated letter states it.
 */
public record CurrentState(Integer count, String countDocument, DateValue endDate, String endDocument,
                           String action, String actionDocument) {

    public static final CurrentState NONE = new CurrentState(null, null, null, null, null, null);

    /** The state after {@code timeline}, which is in timeline order. */
    public static CurrentState of(List<DatasetRecord> timeline) {
        DatasetRecord count = latest(timeline, r -> r.record().personnel().count());
        DatasetRecord end = latest(timeline, r -> r.record().endDate());
        DatasetRecord action = latest(timeline, r -> r.record().action());
        return new CurrentState(count == null ? null : count.record().personnel().count(), documentOf(count),
                end == null ? null : end.record().endDate(), documentOf(end),
                action == null ? null : action.record().action(), documentOf(action));
    }

    private static DatasetRecord latest(List<DatasetRecord> timeline, Function<DatasetRecord, Object> value) {
        DatasetRecord undated = null;
        for (int i = timeline.size() - 1; i >= 0; i--) {
            DatasetRecord r = timeline.get(i);
            if (value.apply(r) != null) {
                if (r.document().date() != null) {
                    return r;
                }
                if (undated == null) {
                    undated = r;
                }
            }
        }
        return undated;
    }

    private static String documentOf(DatasetRecord r) {
        return r == null ? null : r.document().id();
    }
}
