package nl.kamerbrief.mandates.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds the flags of one mission's timeline.
 * <ul>
 * <li>{@code same_date_disagreement}: two or more letters of the same date state headcounts for the mission and
 * the headcounts they state differ (one letter stating several, for a contribution in parts, is no
 * disagreement).</li>
 * <li>{@code end_date_passed}: the current end date's last day lies before the as-of date and no letter dated after
 * that day mentions the mission. A mission whose latest action is {@code terminate} or {@code decline} is not
 * flagged: its end is what was decided.</li>
 * </ul>
 */
public final class FlagFinder {

    private static final Set<String> ENDED = Set.of("terminate", "decline");

    private FlagFinder() {
    }

    public static List<Flag> flags(List<DatasetRecord> timeline, CurrentState state, LocalDate asOf) {
        List<Flag> flags = new ArrayList<>(disagreements(timeline));
        Flag passed = endDatePassed(timeline, state, asOf);
        if (passed != null) {
            flags.add(passed);
        }
        return flags;
    }

    static List<Flag> disagreements(List<DatasetRecord> timeline) {
        // date -> letter -> the headcounts it states
        Map<LocalDate, Map<String, Set<Integer>>> counts = new TreeMap<>();
        for (DatasetRecord r : timeline) {
            Integer count = r.record().personnel().count();
            if (r.document().date() != null && count != null) {
                counts.computeIfAbsent(r.document().date(), d -> new LinkedHashMap<>())
                        .computeIfAbsent(r.document().id(), id -> new TreeSet<>()).add(count);
            }
        }
        List<Flag> flags = new ArrayList<>();
        counts.forEach((date, letters) -> {
            if (letters.size() > 1 && letters.values().stream().distinct().count() > 1) {
                String detail = letters.entrySet().stream()
                        .map(e -> e.getKey() + " gives " + e.getValue().stream().map(String::valueOf)
                                .collect(Collectors.joining(" and ")))
                        .collect(Collectors.joining("; ", "letters of " + date + " disagree on the headcount: ", ""));
                flags.add(new Flag(Flag.SAME_DATE_DISAGREEMENT, date, List.copyOf(letters.keySet()), detail));
            }
        });
        return flags;
    }

    static Flag endDatePassed(List<DatasetRecord> timeline, CurrentState state, LocalDate asOf) {
        if (state.endDate() == null || (state.action() != null && ENDED.contains(state.action()))) {
            return null;
        }
        LocalDate lastDay = state.endDate().lastDay();
        if (!lastDay.isBefore(asOf)) {
            return null;
        }
        boolean laterLetter = timeline.stream()
                .anyMatch(r -> r.document().date() != null && r.document().date().isAfter(lastDay));
        if (laterLetter) {
            return null;
        }
        return new Flag(Flag.END_DATE_PASSED, lastDay, List.of(state.endDocument()),
                "the mandate ran until " + lastDay + " (set by " + state.endDocument() + ") and no later letter "
                        + "mentions the mission (as of " + asOf + ")");
    }
}
