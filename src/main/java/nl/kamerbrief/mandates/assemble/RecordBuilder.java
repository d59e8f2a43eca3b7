package nl.kamerbrief.mandates.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kamerbrief.mandates.annotate.Action;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Category;
import nl.kamerbrief.mandates.annotate.DateMention;
import nl.kamerbrief.mandates.annotate.EntityMention;
import nl.kamerbrief.mandates.annotate.Headcount;
import nl.kamerbrief.mandates.annotate.Headcount.Flag;
import nl.kamerbrief.mandates.annotate.Qualifier;
import nl.kamerbrief.mandates.annotate.Segment;
import nl.kamerbrief.mandates.text.CharSpan;

/**
 * Builds the records of one letter from its links, mission by mission. First the values a letter itself
 * supersedes go: the old side of a change, a temporary or current size next to a mandate, an increase once the
 * total is known, an end date a correction replaces, a standing end date that a later decision replaces, a
 * period where an explicit boundary is given. Then statements merge into one record while their values agree;
 * parts with their own size or end date stay separate records (spec section 1).
 */
final class RecordBuilder {

    /** A count as a record holds it, possibly the sum of listed parts. */
    private record Count(int value, Integer min, Integer max, Qualifier qualifier, Integer previous,
                         Set<Category> categories, CharSpan span, Set<Flag> flags) {
    }

    /** A record under construction. */
    private static final class Draft {
        final EntityMention mission;
        final List<Segment> segments = new ArrayList<>();
        /** Segments that gave this record a value or named its mission, the ones a quote may span. */
        final List<Segment> quotable = new ArrayList<>();
        Count count;
        DateMention end;
        DateMention start;
        DateMention duration;
        Action action;
        boolean decision;
        boolean shared;
        boolean viaTopic;
        final Set<Category> categories = new LinkedHashSet<>();

        Draft(EntityMention mission) {
            this.mission = mission;
        }
    }

    private final AnnotatedText t;
    private final DocumentRef document;

    RecordBuilder(AnnotatedText t, DocumentRef document) {
        this.t = t;
        this.document = document;
    }

    List<MandateRecord> build(List<Link> links, DateMention genericEnd) {
        Map<String, List<Link>> byMission = new LinkedHashMap<>();
        for (Link l : links) {
            byMission.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(l);
        }
        List<Draft> drafts = new ArrayList<>();
        for (List<Link> ls : byMission.values()) {
            drafts.addAll(mission(ls, genericEnd));
        }
        drafts.sort((a, b) -> Integer.compare(a.segments.get(0).span().start(), b.segments.get(0).span().start()));
        List<MandateRecord> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(record(d));
        }
        return out;
    }

    // ---------------------------------------------------------------- one mission

    private List<Draft> mission(List<Link> links, DateMention genericEnd) {
        links.sort((a, b) -> Integer.compare(a.segment.span().start(), b.segment.span().start()));
        // counts per link: sum the parts of a list, then drop what the letter supersedes
        List<List<Count>> counts = new ArrayList<>();
        for (Link l : links) {
            counts.add(counts(l));
        }
        // "Per abuis ... uit maximaal drie personen bestaat. Dit moet zijn maximaal vier personen": the correction wins
        boolean countCorrected = links.stream()
                .anyMatch(l -> l.countStatus == Link.DateStatus.CORRECTION && !l.counts.isEmpty());
        for (int i = 0; i < links.size() && countCorrected; i++) {
            if (links.get(i).countStatus == Link.DateStatus.CORRECTED) {
                counts.get(i).clear();
            }
        }
        boolean summed = combineStandingAndIncrease(links, counts);
        for (List<Count> cs : counts) {
            boolean mandate = cs.stream().anyMatch(c -> c.flags().contains(Flag.MANDATE));
            cs.removeIf(c -> c.flags().contains(Flag.CURRENT) && (mandate || cs.size() > 1));
            if (summed) {
                // once the new total is known, an increase alone ("2 extra marechaussees") is not the size
                cs.removeIf(c -> c.flags().contains(Flag.INCREMENT));
            }
        }
        // end dates
        boolean corrected = links.stream().anyMatch(l -> l.endStatus.contains(Link.DateStatus.CORRECTION));
        boolean strong = links.stream().flatMap(l -> l.ends.stream()).anyMatch(d -> d.role() != DateMention.Role.PERIOD);
        List<List<DateMention>> ends = new ArrayList<>();
        int lastDecision = -1;
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            // a later decision replaces how things stood: an end, or a decision that sets its own end date
            if (l.decision && l.action != null && (l.action == Action.TERMINATE
                    || supersedes(l.action) && !l.ends.isEmpty())) {
                lastDecision = i;
            }
        }
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            List<DateMention> es = new ArrayList<>();
            for (int k = 0; k < l.ends.size(); k++) {
                DateMention d = l.ends.get(k);
                if (corrected && l.endStatus.get(k) == Link.DateStatus.CORRECTED) {
                    continue;
                }
                if (strong && d.role() == DateMention.Role.PERIOD) {
                    continue;
                }
                if (l.state && i < lastDecision) {
                    continue;
                }
                es.add(d);
            }
            // several ends in one statement about one mission: the last is how it stands
            if (es.size() > 1) {
                DateMention last = es.get(es.size() - 1);
                es.clear();
                es.add(last);
            }
            ends.add(es);
        }
        // merge statements while their values agree
        List<Draft> drafts = new ArrayList<>();
        List<Link> actionOnly = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            List<Count> cs = counts.get(i);
            List<DateMention> es = ends.get(i);
            if (cs.isEmpty() && es.isEmpty()) {
                actionOnly.add(l);
                continue;
            }
            Count c = cs.isEmpty() ? null : best(cs);
            DateMention e = es.isEmpty() ? null : es.get(0);
            Draft target = null;
            for (Draft d : drafts) {
                boolean countFits = c == null || d.count == null || d.count.value() == c.value();
                boolean endFits = e == null || d.end == null || d.end.endDay().equals(e.endDay());
                if (countFits && endFits) {
                    target = d;
                    break;
                }
            }
            if (target == null) {
                target = new Draft(l.mission);
                drafts.add(target);
            }
            absorb(target, l, c, e);
        }
        for (Link l : actionOnly) {
            if (!l.decision) {
                continue;
            }
            Draft same = null;
            for (Draft d : drafts) {
                if (d.action == null || d.action == l.action || !separateDecision(l.action, d.action)) {
                    same = d;
                    break;
                }
            }
            if (same == null) {
                same = new Draft(l.mission);
                drafts.add(same);
            }
            absorb(same, l, null, null);
        }
        for (Draft d : drafts) {
            Count c = d.count;
            if (c != null && c.value() == 0 && c.previous() != null) {
                // "van twee naar 0 personen": the contribution ends; its size is the one that ends
                d.count = new Count(c.previous(), null, null, Qualifier.EXACT, null, c.categories(), c.span(),
                        c.flags());
                d.action = Action.TERMINATE;
                d.decision = true;
            } else if (d.action == Action.TERMINATE && c != null && c.previous() != null && c.value() > 0
                    && c.value() < c.previous()) {
                // "van acht naar zes" under a heading "Te beëindigen en afschaling": what continues is reduced
                d.action = Action.REDUCE;
            }
        }
        // the letter's generic term for the frameworks it decides on
        if (genericEnd != null) {
            for (Draft d : drafts) {
                if (d.end == null && d.action != null && takesGenericTerm(d)) {
                    d.end = genericEnd;
                }
            }
        }
        drafts.removeIf(d -> d.count == null && d.end == null && !d.decision);
        return drafts;
    }

    private static boolean supersedes(Action a) {
        return a == Action.EXTEND || a == Action.NEW || a == Action.TERMINATE || a == Action.EXPAND;
    }

    /** A decline is a record of its own beside what the letter does with a contribution; other decisions merge. */
    private static boolean separateDecision(Action a, Action existing) {
        return a == Action.DECLINE && existing != a;
    }

    private static boolean takesGenericTerm(Draft d) {
        return switch (d.action) {
            case NEW, EXTEND, EXPAND, CONTINUE -> true;
            case REDUCE -> d.count != null;
            default -> false;
        };
    }

    private void absorb(Draft d, Link l, Count c, DateMention e) {
        int lastSegment = d.segments.isEmpty() ? -1 : d.segments.get(d.segments.size() - 1).index();
        d.segments.add(l.segment);
        if (c != null || e != null) {
            d.quotable.add(l.segment);
            if (l.topicSegment != null) {
                d.quotable.add(l.topicSegment);
            }
        }
        if (c != null && d.count == null) {
            d.count = c;
        }
        if (e != null && d.end == null) {
            d.end = e;
        }
        if (l.start != null && d.start == null) {
            d.start = l.start;
        }
        if (l.duration != null && d.duration == null) {
            d.duration = l.duration;
        }
        // a decision stated with this record's values outweighs one stated apart from them
        boolean fromValues = c != null || e != null;
        boolean draftHasValues = d.count != null || d.end != null;
        // between exploring and deciding, the later statement says where things stand: an exploration a later
        // statement decides on ("het besluit ... tot deelneming") is that decision; a decision explored anew
        // ("onderzoekt het kabinet ... voortzetting") is an exploration again
        boolean laterWins = d.action != null && d.decision && l.decision && !l.fromSection && l.action != null
                && (d.action == Action.EXPLORE) != (l.action == Action.EXPLORE)
                && l.action != Action.CONTINUE && d.action != Action.DECLINE && l.action != Action.DECLINE
                && l.segment.index() > lastSegment;
        if (laterWins) {
            d.action = l.action;
            d.decision = true;
        } else if (l.decision && l.action != null && (d.action == null || !d.decision
                || (fromValues || !draftHasValues) && l.action.strength() > d.action.strength()
                // an exploration stays one under a heading that files it with other decisions; a later
                // statement that decides ("het besluit ... tot deelneming") ends the exploration
                && !(d.action == Action.EXPLORE && l.action != Action.DECLINE && l.fromSection))) {
            d.action = l.action;
            d.decision = true;
        } else if (d.action == null && l.action != null) {
            d.action = l.action;
        }
        d.shared |= l.shared;
        d.viaTopic |= l.viaTopic;
        for (Headcount h : l.counts) {
            d.categories.addAll(h.categories());
        }
    }

    /** The counts of one link, list parts summed ("4 stafofficieren en 2 trainers" is 6). */
    private List<Count> counts(Link l) {
        List<Count> out = new ArrayList<>();
        Map<Integer, List<Headcount>> groups = new LinkedHashMap<>();
        for (Headcount h : l.counts) {
            if (h.group() >= 0) {
                groups.computeIfAbsent(h.group(), k -> new ArrayList<>()).add(h);
            } else {
                out.add(count(h));
            }
        }
        for (List<Headcount> g : groups.values()) {
            if (g.size() == 1) {
                out.add(count(g.get(0)));
                continue;
            }
            int sum = 0;
            Qualifier q = Qualifier.EXACT;
            Set<Category> cats = new LinkedHashSet<>();
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            for (Headcount h : g) {
                sum += h.count();
                cats.addAll(h.categories());
                flags.addAll(h.flags());
                Qualifier hq = h.qualifier();
                if (hq == Qualifier.MAX || hq == Qualifier.RANGE) {
                    q = Qualifier.MAX;
                } else if (hq == Qualifier.APPROX && q != Qualifier.MAX) {
                    q = Qualifier.APPROX;
                } else if (hq == Qualifier.MIN && q == Qualifier.EXACT) {
                    q = Qualifier.MIN;
                }
            }
            flags.remove(Flag.SINGULAR);
            CharSpan span = g.get(0).span().union(g.get(g.size() - 1).span());
            out.add(new Count(sum, null, q == Qualifier.MAX ? sum : null, q, null, cats, span, flags));
        }
        return out;
    }

    private static Count count(Headcount h) {
        return new Count(h.count(), h.min(), h.max(), h.qualifier(), h.previous(), new LinkedHashSet<>(h.categories()),
                h.span(), h.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(h.flags()));
    }

    /** "levert al een staffunctionaris ... worden 2 trainers aan toegevoegd": 3, previous 1. */
    private static boolean combineStandingAndIncrease(List<Link> links, List<List<Count>> counts) {
        for (int i = 0; i < links.size(); i++) {
            for (Count standing : new ArrayList<>(counts.get(i))) {
                if (!standing.flags().contains(Flag.STANDING)) {
                    continue;
                }
                for (int j = i; j < links.size() && j <= i + 2; j++) {
                    for (Count inc : new ArrayList<>(counts.get(j))) {
                        if (inc == standing || !inc.flags().contains(Flag.INCREMENT)) {
                            continue;
                        }
                        Set<Category> cats = new LinkedHashSet<>(standing.categories());
                        cats.addAll(inc.categories());
                        counts.get(i).remove(standing);
                        counts.get(j).remove(inc);
                        counts.get(j).add(new Count(standing.value() + inc.value(), null, null, inc.qualifier(),
                                standing.value(), cats, inc.span(), EnumSet.noneOf(Flag.class)));
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The count a statement sets: a mandate before others, then the largest. */
    private static Count best(List<Count> cs) {
        Count best = null;
        for (Count c : cs) {
            if (best == null || c.flags().contains(Flag.MANDATE) && !best.flags().contains(Flag.MANDATE)) {
                best = c;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- the record

    private MandateRecord record(Draft d) {
        EntityMention m = d.mission;
        String missionText = t.text().substring(m.span().start(), m.span().end());
        MissionRef mission = new MissionRef(m.name(), m.missionId(), m.organisation(), missionText, m.known());

        Set<Category> cats = new LinkedHashSet<>(d.categories);
        Personnel personnel;
        if (d.count != null) {
            Count c = d.count;
            cats.addAll(c.categories());
            Action action = d.action;
            Integer previous = c.previous();
            if (action == Action.TERMINATE && (previous == null || c.value() >= previous)) {
                previous = null;
            }
            personnel = new Personnel(c.value(), c.min(), c.max(), c.qualifier(), previous, d.shared,
                    order(cats), t.text().substring(c.span().start(), c.span().end()));
        } else {
            personnel = new Personnel(null, null, null, null, null, false, order(cats), null);
        }
        EndDate end = null;
        if (d.end != null) {
            end = new EndDate(d.end.endDay(), d.end.endPrecision(), d.end.inclusive(),
                    t.text().substring(d.end.span().start(), d.end.span().end()));
        }
        StartDate start = null;
        if (d.start != null && d.start.startDay() != null) {
            start = new StartDate(d.start.startDay(), d.start.startPrecision(),
                    t.text().substring(d.start.span().start(), d.start.span().end()));
        } else if (d.end != null && d.end.startDay() != null) {
            start = new StartDate(d.end.startDay(), d.end.startPrecision(),
                    t.text().substring(d.end.span().start(), d.end.span().end()));
        }
        Duration duration = d.duration == null ? null : new Duration(d.duration.duration(),
                t.text().substring(d.duration.span().start(), d.duration.span().end()));
        Action action = d.action;
        if (action == null || !d.decision && d.count == null && d.end == null) {
            action = action == null ? Action.CONTINUE : action;
        }
        if (!d.decision) {
            action = Action.CONTINUE;
        }
        if (action == Action.REDUCE && d.count != null && d.count.value() == 0) {
            action = Action.TERMINATE;
        }
        if (action == Action.CONTINUE && completed(d.end)) {
            action = Action.TERMINATE;
        }

        Evidence evidence = evidence(d);
        double confidence = confidence(d, personnel, end);
        return new MandateRecord(document, mission, action, personnel, start, end, duration, evidence, confidence);
    }

    /**
     * A contribution stated as over: its end lies before the letter's date; in a page without a date (a history,
     * a fact sheet), a closed period ("Duur missie: 15 mei 2006 - 1 februari 2012") or an end before the date
     * the file name gives. Such a past, completed
     * contribution is a termination.
     */
    private boolean completed(DateMention end) {
        if (end == null || end.endDay() == null || end.role() != DateMention.Role.END) {
            return false;
        }
        LocalDate letter = t.header().date();
        if (letter != null) {
            return end.endDay().isBefore(letter);
        }
        if (end.startDay() != null && end.rule().startsWith("range")) {
            // a history's "Van 1 februari tot 1 juli 2007", a fact sheet's "Duur missie: 15 mei 2006 - 1 februari 2012"
            return true;
        }
        LocalDate anchor = t.header().anchor();
        return anchor != null && end.endDay().isBefore(anchor);
    }

    private static List<Category> order(Set<Category> cats) {
        List<Category> out = new ArrayList<>();
        for (Category c : Category.values()) {
            if (cats.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The quote: the statement the record's size (else end date, else decision) comes from, widened to the
     * statements before and after it when they are the next sentences and also feed the record.
     */
    private Evidence evidence(Draft d) {
        List<Segment> segs = new ArrayList<>(new LinkedHashSet<>(d.segments));
        segs.sort((a, b) -> Integer.compare(a.index(), b.index()));
        Segment primary = segs.get(0);
        for (Segment s : segs) {
            if (d.count != null && s.span().contains(d.count.span())) {
                primary = s;
                break;
            }
            if (d.count == null && d.end != null && s.span().contains(d.end.span())) {
                primary = s;
                break;
            }
        }
        int lo = primary.index();
        int hi = primary.index();
        List<Segment> near = new ArrayList<>(new LinkedHashSet<>(d.quotable));
        near.sort((a, b) -> Integer.compare(a.index(), b.index()));
        for (Segment s : near) {
            if (s.index() == hi + 1) {
                hi = s.index();
            }
        }
        for (int k = near.size() - 1; k >= 0; k--) {
            if (near.get(k).index() == lo - 1) {
                lo = near.get(k).index();
            }
        }
        List<Segment> all = t.segments();
        CharSpan span = all.get(lo).span().union(all.get(hi).span());
        span = trim(span, d);
        List<CharSpan> parts = segs.stream().map(Segment::span).toList();
        return new Evidence(span, t.text().substring(span.start(), span.end()),
                t.pages().pageOf(span.start()), parts);
    }

    /**
     * A long sentence about several missions is cut to the clauses that hold this record's mission and values
     * (at commas, semicolons and brackets), so that the quote says what the record says.
     */
    private CharSpan trim(CharSpan span, Draft d) {
        if (span.length() < 220) {
            return span;
        }
        long missions = AnnotatedText.within(t.entities(), span).stream()
                .filter(EntityMention::isMission).map(EntityMention::missionId).distinct().count();
        if (missions < 2) {
            return span;
        }
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (CharSpan part : pieces(d)) {
            if (span.contains(part)) {
                lo = Math.min(lo, part.start());
                hi = Math.max(hi, part.end());
            }
        }
        if (hi < 0) {
            return span;
        }
        String text = t.text().toString();
        int s = lo;
        while (s > span.start() && ",;(".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int e = hi;
        while (e < span.end() && ",;)".indexOf(text.charAt(e)) < 0) {
            e++;
        }
        if (e < span.end() && text.charAt(e) == ')') {
            e++;
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return new CharSpan(s, Math.max(s + 1, e));
    }

    private List<CharSpan> pieces(Draft d) {
        List<CharSpan> out = new ArrayList<>();
        out.add(d.mission.span());
        if (d.count != null) {
            out.add(d.count.span());
        }
        if (d.end != null) {
            out.add(d.end.span());
        }
        return out;
    }

    private static double confidence(Draft d, Personnel p, EndDate end) {
        double c = 0.55;
        if (d.mission.known()) {
            c += 0.15;
        }
        if (d.mission.source() == EntityMention.Source.DESCRIPTION || d.mission.source() == EntityMention.Source.MODEL) {
            c -= 0.1;
        }
        if (p.count() != null) {
            c += 0.1;
        }
        if (end != null) {
            c += 0.1;
        }
        if (d.decision) {
            c += 0.05;
        }
        if (d.viaTopic) {
            c -= 0.1;
        }
        return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100.0;
    }
}
