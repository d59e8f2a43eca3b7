package nl.kamerbrief.mandates.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.Action;
import nl.kamerbrief.mandates.annotate.ActionCue;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.DateMention;
import nl.kamerbrief.mandates.annotate.EntityMention;
import nl.kamerbrief.mandates.annotate.Frame;
import nl.kamerbrief.mandates.annotate.FrameCue;
import nl.kamerbrief.mandates.annotate.Headcount;
import nl.kamerbrief.mandates.annotate.Headcount.Flag;
import nl.kamerbrief.mandates.annotate.Segment;
import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.Spanned;

/**
 * Turns a document's layers into {@link Link}s: for each statement of the government (not a member's question),
 * which missions its sizes, dates and decisions are about. A value goes with the entity nearest to it; a value
 * nearest to a background mention, a non-mission or an exercise is not a contribution's; a capacity passes its
 * crew on to the mission it serves; values stated once after a list of missions belong to every mission of the
 * list. A statement that names no mission continues the one its paragraph or section is about.
 */
final class Linker {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Linker.class);

    private static final Pattern BETREFT = Pattern.compile(
            "^(ook )?(betreft het|het betreft|(deze|dit|de) (inzet|bijdrage|bijdragen|mandaat|missies?) "
                    + "(betreft|betreffen|omvat|omvatten|gaat naar|gaan naar))\\b");
    private static final Pattern DEMONSTRATIVE = Pattern.compile("^(dat|die|deze|dit|zij|hij|het) \\w+");
    private static final Pattern PARTITIVE = Pattern.compile("^(daarvan|hiervan|waarvan)\\b");
    private static final Pattern CREW = Pattern.compile("aan boord|bemanning");
    private static final Pattern CONTRIBUTION_NOUN = Pattern.compile("\\b(bijdrage|bijdragen|inzet|deelname|"
            + "deelneming|mandaat|kader|uitzending|detachement|personeel|missiebijdrage\\w*)\\b");

    private final AnnotatedText t;
    private final List<Segment> segments;
    private final List<EntityMention> entities;
    private final String mainMission;
    private final Map<Integer, List<EntityMention>> entitiesBySegment = new HashMap<>();
    /** Ends an introduction to a list ("Tot medio 2028 levert Nederland bijdragen aan:") gives its items. */
    private final Map<Integer, List<DateMention>> listIntroEnds = new HashMap<>();

    /** A document-wide end date for every framework ("Generieke looptijd ... tot en met juni 2028"). */
    DateMention genericEnd;

    Linker(AnnotatedText t) {
        this.t = t;
        this.segments = t.segments();
        this.entities = t.entities();
        for (Segment s : segments) {
            entitiesBySegment.put(s.index(), AnnotatedText.within(entities, s.span()));
        }
        this.mainMission = mainMission();
    }

    List<Link> links() {
        List<Link> out = new ArrayList<>();
        Map<Integer, List<Link>> carried = new HashMap<>();
        listIntroEnds.clear();
        for (Segment s : segments) {
            if (s.question()) {
                continue;
            }
            statement(s, out, carried);
        }
        if (LOG.isDebugEnabled()) {
            for (Link l : out) {
                LOG.debug("link #{} {} action={} decision={} topic={} counts={} ends={}", l.segment.index(),
                        l.mission.name(), l.action, l.decision, l.viaTopic,
                        l.counts.stream().map(h -> h.count()).toList(),
                        l.ends.stream().map(d -> d.endDay()).toList());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- one statement

    private void statement(Segment s, List<Link> out, Map<Integer, List<Link>> carried) {
        List<EntityMention> ents = entitiesBySegment.get(s.index());
        List<FrameCue> frames = AnnotatedText.within(t.frames(), s.span());
        String folded = t.view().flatText(s.span());

        boolean dutch = has(frames, Frame.DUTCH_AGENT) || has(frames, Frame.DUTCH_CONTRIBUTION);
        boolean foreign = has(frames, Frame.FOREIGN_AGENT);
        if (PARTITIVE.matcher(folded).find() && s.index() > 0) {
            // "Daarvan nemen ruim 700 militairen ...": the actor of the sentence before
            Segment prev = segments.get(s.index() - 1);
            List<FrameCue> pf = AnnotatedText.within(t.frames(), prev.span());
            dutch = has(pf, Frame.DUTCH_AGENT) || has(pf, Frame.DUTCH_CONTRIBUTION);
            foreign = has(pf, Frame.FOREIGN_AGENT);
        }
        boolean paragraphDutch = dutch || paragraphHas(s, Frame.DUTCH_AGENT) || paragraphHas(s, Frame.DUTCH_CONTRIBUTION);
        // lists and headings of a government letter state its own contributions
        boolean foreignOnly = foreign && !dutch && s.kind() == Segment.Kind.SENTENCE;
        boolean ownMandate = has(frames, Frame.OWN_MANDATE) && !has(frames, Frame.DUTCH_CONTRIBUTION);
        boolean meta = has(frames, Frame.META);
        boolean periodVerb = has(frames, Frame.PERIOD_VERB) && !has(frames, Frame.REFLEXIVE_COMMIT);
        int hedgeAt = firstAt(frames, Frame.HEDGE);
        int tentativeAt = firstAt(frames, Frame.TENTATIVE);
        boolean correction = has(frames, Frame.CORRECTION);
        boolean correctionValue = has(frames, Frame.CORRECTION_VALUE);

        // a mission as the subject, with no Dutch word: its own size or lifecycle ("In totaal telt de missie ...")
        EntityMention subject = subject(s, ents);
        boolean missionsOwn = !dutch && subject != null && subject.isMission() && !"bilateral".equals(
                subject.organisation()) && s.kind() == Segment.Kind.SENTENCE && !folded.contains(":");
        // an organisation as the subject ("De EGF gaat 325 agenten ... leveren") acts for itself
        if (!dutch && subject != null && subject.type() == EntityMention.Type.NON_MISSION
                && "organisation".equals(subject.kind()) && s.kind() == Segment.Kind.SENTENCE) {
            foreignOnly = true;
        }

        List<Headcount> counts = new ArrayList<>();
        for (Headcount h : AnnotatedText.within(t.headcounts(), s.span())) {
            if (h.has(Flag.FROM) || h.has(Flag.SUBSET) || h.has(Flag.TEMPORARY)) {
                continue;
            }
            if (hedgeAt >= 0 && h.start() > hedgeAt || tentativeAt >= 0 && h.start() > tentativeAt) {
                continue;
            }
            if (foreignOnly || missionsOwn || sizeCueBefore(frames, h)) {
                continue;
            }
            if (negatedBefore(frames, h, s)) {
                continue;
            }
            // "een genderadviseur" counts one only where a contribution is said ("bijdrage met een ...")
            if (h.has(Flag.SINGULAR) && s.kind() == Segment.Kind.SENTENCE && !dutch
                    && AnnotatedText.within(t.actions(), s.span()).isEmpty()
                    && !has(frames, Frame.CONTRIBUTION_ANAPHOR)) {
                continue;
            }
            counts.add(h);
        }
        List<DateMention> ends = new ArrayList<>();
        DateMention start = null;
        DateMention duration = null;
        DateMention lastDate = null;
        for (DateMention d : AnnotatedText.within(t.dates(), s.span())) {
            if (d.role() != DateMention.Role.POINT) {
                lastDate = d;
            }
            if (hedgeAt >= 0 && d.start() > hedgeAt || foreignOnly || ownMandate
                    || missionsOwn && d.rule().contains("ending")) {
                continue;
            }
            switch (d.role()) {
                case END -> ends.add(d);
                case PERIOD -> {
                    // a period is a weak end: only with a verb of contributing and a mission named alongside
                    if (periodVerb && !meta && ents.stream().anyMatch(EntityMention::isMission)) {
                        ends.add(d);
                    }
                }
                case DURATION -> {
                    duration = d;
                    if (d.endDay() != null) {
                        ends.add(d);
                    }
                }
                case START -> start = start == null ? d : start;
                default -> {
                }
            }
        }
        // "Duur: 1 april – 30 juni 2004; ... en 14 januari 2007 – heden": it still runs
        if (lastDate != null && "range-ongoing".equals(lastDate.rule())) {
            ends.clear();
        }
        // an end date with a verb of ending names a contribution's end only when a contribution is said
        boolean dutchSaid = dutch;
        ends.removeIf(d -> d.rule().contains("ending") && !dutchSaid && !CONTRIBUTION_NOUN.matcher(folded).find());
        // "Generieke looptijd voor de nationale kaders: ... tot en met juni 2028"
        if (has(frames, Frame.GENERIC_TERM) && ents.stream().noneMatch(EntityMention::isMission)) {
            for (DateMention d : ends) {
                if (d.role() == DateMention.Role.END && genericEnd == null) {
                    genericEnd = d;
                }
            }
            return;
        }

        ActionCue best = bestAction(s);
        // "behoudt het kabinet zich het recht voor om ... terug te trekken": a possibility, no decision
        if (best != null && hedgeAt >= 0 && hedgeAt < best.start()) {
            best = null;
        }
        Action action = best == null ? null : best.action();
        boolean decision = best != null && !"state".equals(best.scope());
        boolean fromSection = false;
        if (!decision) {
            Action section = sectionAction(s);
            if (section != null && (s.kind() == Segment.Kind.ITEM || s.kind() == Segment.Kind.SENTENCE)) {
                action = section;
                decision = true;
                fromSection = true;
            }
        }
        if (decision && (foreignOnly || missionsOwn)) {
            decision = false;
            action = null;
        }
        // money without people ("stelt tot en met 2025 jaarlijks 5 miljoen euro beschikbaar voor X") is no
        // contribution of people: its dates and decisions are the money's
        if (has(frames, Frame.MONEY) && counts.isEmpty()) {
            ends.clear();
            decision = false;
            action = null;
        }
        boolean decisionCounts = decision && !foreignOnly && (dutch || paragraphDutch
                || s.kind() != Segment.Kind.SENTENCE);

        List<EntityMention> missions = ents.stream().filter(EntityMention::isMission).toList();
        if (counts.isEmpty() && ends.isEmpty() && !decisionCounts) {
            // a statement that names missions may carry values to the next ("Deze inzet betreft ...")
            return;
        }

        // values of a statement that names no mission, for the missions a following "betreft" names
        if (missions.isEmpty() && s.index() + 1 < segments.size()) {
            Segment next = segments.get(s.index() + 1);
            String nf = t.view().flatText(next.span());
            List<EntityMention> nm = entitiesBySegment.get(next.index()).stream()
                    .filter(EntityMention::isMission).toList();
            if (BETREFT.matcher(nf).find() && !nm.isEmpty() && (!counts.isEmpty() || !ends.isEmpty())) {
                List<Link> made = new ArrayList<>();
                for (EntityMention m : distinct(nm)) {
                    Link l = link(m, s, counts, ends, start, duration, action, decision, correction,
                            correctionValue, nm.size() > 1);
                    l.viaTopic = true;
                    made.add(l);
                }
                out.addAll(made);
                carried.put(next.index(), made);
                return;
            }
        }
        // a "betreft" statement continuing one before: it takes the dates it does not state itself
        List<Link> before = carried.get(s.index());
        if (before == null && BETREFT.matcher(folded).find()) {
            // a footnote may stand between ("... Deze inzet betreft X. [footnote] Ook betreft het Y")
            for (int back = 1; back <= 4 && before == null && s.index() - back >= 0; back++) {
                before = carried.get(s.index() - back);
            }
            if (before != null) {
                carried.put(s.index(), before);
            }
        }
        if (before != null && ends.isEmpty() && !before.isEmpty()) {
            ends.addAll(before.get(0).ends);
        }
        // "Daarnaast verlengt het kabinet het bestaande mandaat ... Deze inzet betreft X. Ook betreft het Y": the
        // decision carries over too
        if (before != null && !decision && !before.isEmpty() && before.get(0).decision) {
            action = before.get(0).action;
            decision = true;
        }
        // "Tot medio 2028 levert Nederland bijdragen aan:" and a list: the introduction's end holds for each item
        List<DateMention> intro = listIntroEnds.get(s.index());
        if (intro != null && ends.isEmpty()) {
            ends.addAll(intro);
        }
        if (missions.isEmpty() && !ends.isEmpty() && (dutch || paragraphDutch) && folded.strip().endsWith(":")) {
            for (int k = s.index() + 1; k < segments.size() && segments.get(k).kind() == Segment.Kind.ITEM; k++) {
                listIntroEnds.put(k, List.copyOf(ends));
            }
            return;
        }

        // link each value to the entity nearest to it
        Map<String, Link> byMission = new HashMap<>();
        List<Spanned> values = new ArrayList<>();
        values.addAll(counts);
        values.addAll(ends);
        List<EntityMention> targets = missions.stream()
                .filter(m -> m.role() != EntityMention.Role.BACKGROUND && m.role() != EntityMention.Role.COMPONENT)
                .toList();
        List<EntityMention> topic = null;
        for (Spanned v : values) {
            List<EntityMention> owners = owners(v, ents, values, s);
            if (owners == null) {
                continue;
            }
            if (owners.isEmpty()) {
                if (has(frames, Frame.GENERIC_MISSIONS)) {
                    // about missions in general ("de inzet in missies en operaties tot medio 2025"), not one
                    continue;
                }
                // a statement that names no mission continues one only where it speaks of a contribution
                boolean contribution = dutch || best != null || has(frames, Frame.CONTRIBUTION_ANAPHOR) || correctionValue
                        || s.kind() != Segment.Kind.SENTENCE
                        || v instanceof Headcount h && (h.kind() == Headcount.Kind.CREW || h.has(Flag.LABEL));
                if (!contribution) {
                    continue;
                }
                if (topic == null) {
                    topic = topic(s);
                }
                owners = topic;
            }
            boolean shared = distinct(owners).size() > 1;
            for (EntityMention m : distinct(owners)) {
                Link l = byMission.computeIfAbsent(m.missionId(), k -> link(m, s, List.of(), List.of(), null, null,
                        null, false, correction, correctionValue, false));
                if (!missions.contains(m)) {
                    l.viaTopic = true;
                    l.topicSegment = segmentOf(m);
                }
                l.shared |= shared || m.shared();
                if (v instanceof Headcount h) {
                    l.counts.add(h);
                } else if (v instanceof DateMention d) {
                    addEnd(l, d, correction, correctionValue);
                }
            }
        }
        // decisions without values: the missions named, else the topic the statement refers back to
        if (decisionCounts) {
            List<EntityMention> named = targets.stream().filter(m -> !m.shared()).toList();
            List<EntityMention> owners = named.isEmpty() ? targets : named;
            if (targets.isEmpty() && values.isEmpty()) {
                boolean refersBack = has(frames, Frame.CONTRIBUTION_ANAPHOR)
                        || has(frames, Frame.DUTCH_CONTRIBUTION);
                owners = refersBack && !has(frames, Frame.GENERIC_MISSIONS) ? topicWithin(s) : List.of();
            }
            Map<String, ActionCue> perMission = actionsPerMission(s, targets, hedgeAt);
            for (EntityMention m : distinct(owners)) {
                if (perMission != null && missions.contains(m) && !perMission.containsKey(m.missionId())) {
                    continue;
                }
                byMission.computeIfAbsent(m.missionId(), k -> {
                    Link l = link(m, s, List.of(), List.of(), null, null, null, false, correction, correctionValue,
                            false);
                    l.viaTopic = !missions.contains(m);
                    return l;
                });
            }
        }
        // with several missions in one statement, each takes the decision said nearest to it
        Map<String, ActionCue> perMission = actionsPerMission(s, targets, hedgeAt);
        Action section = sectionAction(s);
        for (Link l : byMission.values()) {
            l.action = action;
            l.decision = decision;
            l.fromSection = fromSection;
            if (perMission != null && !l.viaTopic) {
                ActionCue own = perMission.get(l.key());
                if (own != null) {
                    l.action = own.action();
                    l.decision = !"state".equals(own.scope());
                    l.fromSection = false;
                } else {
                    l.action = section;
                    l.decision = section != null;
                    l.fromSection = section != null;
                }
            }
            l.state = !l.decision;
            if (start != null) {
                l.start = start;
            }
            if (duration != null) {
                l.duration = duration;
            }
            out.add(l);
        }
    }

    private Link link(EntityMention m, Segment s, List<Headcount> counts, List<DateMention> ends, DateMention start,
                      DateMention duration, Action action, boolean decision, boolean correction,
                      boolean correctionValue, boolean shared) {
        Link l = new Link(m, s);
        l.counts.addAll(counts);
        for (DateMention d : ends) {
            addEnd(l, d, correction, correctionValue);
        }
        l.start = start;
        l.duration = duration;
        l.action = action;
        l.decision = decision;
        l.state = !decision;
        l.shared = shared || m.shared();
        l.countStatus = correctionValue ? Link.DateStatus.CORRECTION
                : correction ? Link.DateStatus.CORRECTED : Link.DateStatus.PLAIN;
        return l;
    }

    private static void addEnd(Link l, DateMention d, boolean correction, boolean correctionValue) {
        l.ends.add(d);
        l.endStatus.add(correctionValue ? Link.DateStatus.CORRECTION
                : correction ? Link.DateStatus.CORRECTED : Link.DateStatus.PLAIN);
    }

    /**
     * The missions a value belongs to: the mission (or list of missions) nearest to it; empty when the
     * statement names none (the topic decides); null when the nearest entity is not a contribution's target.
     */
    private List<EntityMention> owners(Spanned v, List<EntityMention> ents, List<Spanned> values, Segment s) {
        if (ents.isEmpty()) {
            if (startsWithDemonstrativeAfterNonMission(s)) {
                return null;
            }
            return List.of();
        }
        // "... vier personen aan A, twintig aan B en tien aan C te verlengen tot en met 31 december 2025": a date
        // after (or before) a list of missions, with no decision inside the list, holds for all of them
        if (v instanceof DateMention) {
            List<EntityMention> listed = distinct(ents.stream().filter(e -> e.isMission() && isTarget(e)).toList());
            if (listed.size() >= 2) {
                int first = listed.stream().mapToInt(EntityMention::start).min().getAsInt();
                int last = listed.stream().mapToInt(EntityMention::end).max().getAsInt();
                boolean outside = v.start() >= last || v.end() <= first;
                boolean decisionInside = AnnotatedText.within(t.actions(), s.span()).stream()
                        .anyMatch(a -> !"state".equals(a.scope()) && a.start() > first && a.end() < last);
                boolean dateInside = values.stream().anyMatch(o -> o instanceof DateMention && o != v
                        && o.start() > first && o.end() < last);
                if (outside && !decisionInside && !dateInside && isList(listed)) {
                    return listed;
                }
            }
        }
        EntityMention target = null;
        EntityMention blocker = null;
        EntityMention capacity = null;
        EntityMention component = null;
        for (EntityMention e : ents) {
            int d = e.span().distance(v.span());
            if (e.isMission() && isTarget(e)) {
                if (target == null || d < target.span().distance(v.span())) {
                    target = e;
                }
            } else if (e.isMission() && e.role() == EntityMention.Role.COMPONENT) {
                if (component == null || d < component.span().distance(v.span())) {
                    component = e;
                }
            } else if (e.type() == EntityMention.Type.CAPACITY) {
                if (capacity == null || d < capacity.span().distance(v.span())) {
                    capacity = e;
                }
            } else if (e.isMission() || e.absorbsValues()) {
                if (blocker == null || d < blocker.span().distance(v.span())) {
                    blocker = e;
                }
            }
        }
        // "twintig aan MINUSMA": a value followed by "aan/bij/voor" and a mission is that mission's
        for (EntityMention e : ents) {
            if (e.isMission() && isTarget(e) && e.start() >= v.end() && e.start() - v.end() <= 12) {
                String gap = t.view().flatText(new CharSpan(v.end(), e.start())).strip();
                if (gap.matches("(aan|bij|voor|binnen|in)( de| het)?")) {
                    return group(e, ents, values);
                }
            }
        }
        int dT = target == null ? Integer.MAX_VALUE : target.span().distance(v.span());
        int dB = blocker == null ? Integer.MAX_VALUE : blocker.span().distance(v.span());
        int dC = capacity == null ? Integer.MAX_VALUE : capacity.span().distance(v.span());
        if (capacity != null && dC < dT && dC <= dB) {
            // the crew of a ship, the people of a detachment: the mission the capacity serves
            if (target != null) {
                return group(target, ents, values);
            }
            boolean crew = v instanceof Headcount && CREW.matcher(t.view().flatText(s.span())).find();
            if (crew) {
                // a ship's crew goes to the mission the ship joins, named before or after in the paragraph
                EntityMention joined = nearestInParagraph(s, v);
                return joined == null ? List.of() : List.of(joined);
            }
            if (ents.stream().anyMatch(EntityMention::absorbsValues)) {
                return null;
            }
            return List.of();
        }
        // a value right next to a background mission, a national element or an exercise is theirs
        if (blocker != null && dB < dT && dB <= 40) {
            return null;
        }
        if (target != null) {
            return group(target, ents, values);
        }
        // staff "in het hoofdkwartier van X" with no other mission in the sentence serve X
        if (component != null && (blocker == null || !blocker.absorbsValues())) {
            return List.of(component);
        }
        if (blocker != null && blocker.absorbsValues() && dB <= 60) {
            return null;
        }
        return List.of();
    }

    /** A mission a value can belong to: not background, and a plural description only as a target. */
    private static boolean isTarget(EntityMention e) {
        if (e.role() == EntityMention.Role.BACKGROUND || e.role() == EntityMention.Role.COMPONENT) {
            return false;
        }
        return !(e.shared() && e.role() != EntityMention.Role.TARGET);
    }

    /** The run of target missions around {@code m} with no value between them. */
    private List<EntityMention> group(EntityMention m, List<EntityMention> ents, List<Spanned> values) {
        List<EntityMention> missions = ents.stream().filter(e -> e.isMission() && isTarget(e)).toList();
        int i = missions.indexOf(m);
        if (i < 0) {
            return List.of(m);
        }
        int lo = i;
        int hi = i;
        while (lo > 0 && !valueBetween(values, missions.get(lo - 1), missions.get(lo))) {
            lo--;
        }
        while (hi + 1 < missions.size() && !valueBetween(values, missions.get(hi), missions.get(hi + 1))) {
            hi++;
        }
        return new ArrayList<>(missions.subList(lo, hi + 1));
    }

    private static boolean valueBetween(List<Spanned> values, EntityMention a, EntityMention b) {
        for (Spanned v : values) {
            if (v.start() >= a.end() && v.end() <= b.start()) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- topic

    /**
     * The mission(s) a statement that names none continues: the last one named as a target earlier in its
     * paragraph, else in the paragraphs before it within its section, else the section heading's, else the
     * letter's main mission. A list item continues its section heading or the sentence that introduces the list,
     * never a sibling item.
     */
    /** The topic from the paragraph or section only, never the letter's main mission. */
    private List<EntityMention> topicWithin(Segment s) {
        return topic(s, false, 1);
    }

    private List<EntityMention> topic(Segment s) {
        return topic(s, true, 4);
    }

    private List<EntityMention> topic(Segment s, boolean mainFallback, int maxParagraphsBack) {
        int paragraphsBack = 0;
        int paragraph = s.paragraph();
        for (int i = s.index() - 1; i >= 0; i--) {
            Segment p = segments.get(i);
            if (p.paragraph() != paragraph) {
                paragraph = p.paragraph();
                paragraphsBack++;
                if (paragraphsBack > maxParagraphsBack) {
                    break;
                }
            }
            if (p.question()) {
                continue;
            }
            if (s.kind() == Segment.Kind.ITEM && p.kind() == Segment.Kind.ITEM) {
                continue;
            }
            List<EntityMention> found = lastTargets(p);
            if (!found.isEmpty()) {
                return found;
            }
            if (p.isHeading() && p.level() != 0) {
                // the heading of the statement's own section ends the search, after its own missions
                if (p.index() == s.section()) {
                    break;
                }
            }
        }
        if (s.section() >= 0) {
            List<EntityMention> h = lastTargets(segments.get(s.section()));
            if (!h.isEmpty()) {
                return h;
            }
        }
        if (mainFallback && mainMission != null) {
            for (EntityMention e : entities) {
                if (e.isMission() && e.missionId().equals(mainMission)) {
                    return List.of(e);
                }
            }
        }
        return List.of();
    }

    /**
     * The last run of target missions a segment names; else the mission it names as the place of a part
     * ("in het hoofdkwartier van KFOR").
     */
    private List<EntityMention> lastTargets(Segment p) {
        List<EntityMention> ms = entitiesBySegment.get(p.index()).stream().filter(e -> e.isMission() && isTarget(e))
                .toList();
        if (ms.isEmpty()) {
            List<EntityMention> parts = entitiesBySegment.get(p.index()).stream().filter(e -> e.isMission()
                    && e.role() == EntityMention.Role.COMPONENT).toList();
            return parts.isEmpty() ? List.of() : List.of(parts.get(parts.size() - 1));
        }
        List<Spanned> values = new ArrayList<>(AnnotatedText.within(t.headcounts(), p.span()));
        values.addAll(AnnotatedText.within(t.dates(), p.span()));
        return group(ms.get(ms.size() - 1), ms, values);
    }

    /** The target mission of a paragraph nearest to a value (for the crews of ships); none across headings. */
    private EntityMention nearestInParagraph(Segment s, Spanned v) {
        EntityMention best = null;
        int d = Integer.MAX_VALUE;
        for (Segment p : segments) {
            if (p.paragraph() != s.paragraph() || p.question()) {
                continue;
            }
            for (EntityMention e : entitiesBySegment.get(p.index())) {
                if (e.isMission() && isTarget(e) && !e.shared() && e.span().distance(v.span()) < d) {
                    d = e.span().distance(v.span());
                    best = e;
                }
            }
        }
        return best;
    }

    private Segment segmentOf(EntityMention m) {
        Segment s = t.segmentAt(m.span().start());
        return s != null && s.span().contains(m.span()) ? s : null;
    }

    private boolean startsWithDemonstrativeAfterNonMission(Segment s) {
        if (s.index() == 0) {
            return false;
        }
        String f = t.view().flatText(s.span());
        if (!DEMONSTRATIVE.matcher(f).find()) {
            return false;
        }
        List<EntityMention> prev = entitiesBySegment.get(s.index() - 1);
        return !prev.isEmpty() && prev.get(prev.size() - 1).type() == EntityMention.Type.NON_MISSION;
    }

    /** The entity a statement opens with, as its subject ("Het BST-II bestaat uit ...", "De EGF gaat ..."). */
    private EntityMention subject(Segment s, List<EntityMention> ents) {
        if (ents.isEmpty()) {
            return null;
        }
        EntityMention first = ents.get(0);
        String before = t.view().flatText(new CharSpan(s.span().start(), first.start())).strip();
        if (before.isEmpty() || before.matches("(de|het|in totaal telt de|in totaal telt het)")) {
            return first;
        }
        return null;
    }

    /**
     * The letter's one mission, when it names only one as a target (a news item about one deployment); else
     * null: a statement of a letter about many missions never falls back on a guess.
     */
    private String mainMission() {
        // a title naming one mission ("Nederlands aandeel in Kosovo Force (KFOR)")
        if (!segments.isEmpty() && segments.get(0).isHeading()) {
            List<String> titled = entitiesBySegment.get(0).stream().filter(EntityMention::isMission)
                    .map(EntityMention::missionId).distinct().toList();
            if (titled.size() == 1) {
                return titled.get(0);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        String first = null;
        for (Segment s : segments) {
            if (s.question()) {
                continue;
            }
            for (EntityMention e : entitiesBySegment.get(s.index())) {
                if (e.isMission() && e.role() != EntityMention.Role.BACKGROUND
                        && e.role() != EntityMention.Role.COMPONENT) {
                    counts.merge(e.missionId(), 1, Integer::sum);
                    if (first == null) {
                        first = e.missionId();
                    }
                }
            }
        }
        return counts.size() == 1 ? first : null;
    }

    // ---------------------------------------------------------------- actions

    /**
     * The decision for each mission of a statement naming several. One decision before or after all of them ("de
     * bijdragen aan A, B en C te verlengen") holds for every mission; with several, a finite verb decides about the
     * mission it is followed by ("beëindigt de bijdrage aan A en verlengt de bijdrage aan B"), an infinitive or
     * participle about the one before it ("A te verlengen"), else the nearest; a mission gets the strongest of its
     * cues. Null when the statement names fewer than two missions (its strongest cue holds for all).
     */
    private Map<String, ActionCue> actionsPerMission(Segment s, List<EntityMention> targets, int hedgeAt) {
        if (distinct(targets).size() < 2) {
            return null;
        }
        List<ActionCue> cues = new ArrayList<>();
        for (ActionCue a : AnnotatedText.within(t.actions(), s.span())) {
            if (hedgeAt < 0 || hedgeAt >= a.start()) {
                cues.add(a);
            }
        }
        List<ActionCue> decisions = cues.stream().filter(a -> !"state".equals(a.scope()) && !a.isIntent()).toList();
        Map<String, ActionCue> out = new HashMap<>();
        int first = targets.stream().mapToInt(EntityMention::start).min().orElse(0);
        int last = targets.stream().mapToInt(EntityMention::end).max().orElse(0);
        if (decisions.stream().map(ActionCue::action).distinct().count() == 1
                && decisions.stream().allMatch(a -> a.end() <= first || a.start() >= last) && isList(targets)) {
            ActionCue only = decisions.get(0);
            for (EntityMention m : targets) {
                out.put(m.missionId(), only);
            }
            return out;
        }
        for (ActionCue a : cues) {
            EntityMention owner = null;
            if (finiteVerb(a)) {
                // the first mission after the cue, unless another cue comes first
                for (EntityMention m : targets) {
                    if (m.start() >= a.end()) {
                        boolean cueBetween = cues.stream().anyMatch(o -> o != a && o.start() >= a.end()
                                && o.end() <= m.start() && !"state".equals(o.scope()));
                        if (!cueBetween) {
                            owner = m;
                        }
                        break;
                    }
                }
            }
            if (owner == null) {
                for (EntityMention m : targets) {
                    if (owner == null || m.span().distance(a.span()) < owner.span().distance(a.span())) {
                        owner = m;
                    }
                }
            }
            ActionCue had = out.get(owner.missionId());
            if (had == null || a.rank() > had.rank()) {
                out.put(owner.missionId(), a);
            }
        }
        return out;
    }

    /**
     * Whether missions are named as one list: "A, twintig aan B en tien aan C", "A (toelichting) en B"; not "de
     * bijdrage aan A met force protection ten gunste van een bijdrage aan B".
     */
    private boolean isList(List<EntityMention> targets) {
        List<EntityMention> byStart = new ArrayList<>(targets);
        byStart.sort(java.util.Comparator.comparingInt(EntityMention::start));
        // each mission where it is first named; a later "waarvan één bij A en één bij B" repeats the list
        List<EntityMention> sorted = distinct(byStart);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start() <= sorted.get(i - 1).end()) {
                continue;
            }
            String gap = t.view().flatText(new CharSpan(sorted.get(i - 1).end(), sorted.get(i).start()))
                    .replaceAll("\\([^()]*\\)", " ").replaceAll("^[^()]*\\)", " ").strip();
            boolean joined = gap.startsWith(",") || gap.matches("(?s).*\\b(en|of)\\b.*");
            if (!joined || gap.split("\\s+").length > 8) {
                return false;
            }
        }
        return true;
    }

    /** A finite verb ("verlengt", "beëindigt"), not an infinitive ("te verlengen") or participle ("verlengd"). */
    private boolean finiteVerb(ActionCue a) {
        String cue = t.view().flatText(a.span()).strip();
        String before = t.view().flatText(new CharSpan(Math.max(0, a.start() - 3), a.start()));
        if (cue.contains(" ") || before.endsWith("te ") || cue.startsWith("ge")) {
            return false;
        }
        return cue.endsWith("t") && !cue.endsWith("zet");
    }

    private ActionCue bestAction(Segment s) {
        ActionCue best = null;
        for (ActionCue a : AnnotatedText.within(t.actions(), s.span())) {
            if (best == null || a.rank() > best.rank()) {
                best = a;
            }
        }
        return best;
    }

    /** A decision the section heading states for what it lists ("Te beëindigen inzet", "3. Voortzetting"). */
    private Action sectionAction(Segment s) {
        int h = s.section();
        int level = Integer.MAX_VALUE;
        while (h >= 0) {
            Segment heading = segments.get(h);
            if (heading.level() < level || heading.level() == 9 && level == Integer.MAX_VALUE) {
                ActionCue a = bestAction(heading);
                if (a != null && !"state".equals(a.scope()) && !a.isIntent()
                        && AnnotatedText.within(entities, heading.span()).stream().noneMatch(
                        EntityMention::isMission)) {
                    return a.action();
                }
                if (heading.level() == 9) {
                    return null;
                }
                level = heading.level();
            }
            h = h > 0 ? segments.get(h - 1).section() : -1;
        }
        return null;
    }

    // ---------------------------------------------------------------- frames

    private static boolean has(List<FrameCue> frames, Frame f) {
        for (FrameCue c : frames) {
            if (c.frame() == f) {
                return true;
            }
        }
        return false;
    }

    private static int firstAt(List<FrameCue> frames, Frame f) {
        for (FrameCue c : frames) {
            if (c.frame() == f) {
                return c.start();
            }
        }
        return -1;
    }

    private boolean paragraphHas(Segment s, Frame f) {
        for (Segment p : segments) {
            if (p.paragraph() == s.paragraph() && has(AnnotatedText.within(t.frames(), p.span()), f)) {
                return true;
            }
        }
        return false;
    }

    /** "In totaal telt de missie ongeveer 70 medewerkers", "totaal zo'n 2.350 militairen". */
    private static boolean sizeCueBefore(List<FrameCue> frames, Headcount h) {
        for (FrameCue c : frames) {
            if (c.frame() == Frame.MISSION_SIZE && c.start() <= h.start() && h.start() - c.end() < 40) {
                return true;
            }
        }
        return false;
    }

    /** "Nederland levert geen trainers": a negation just before the number's words. */
    private boolean negatedBefore(List<FrameCue> frames, Headcount h, Segment s) {
        for (FrameCue c : frames) {
            if (c.frame() == Frame.NEGATION && c.end() <= h.start() && h.start() - c.end() <= 2) {
                return true;
            }
        }
        return false;
    }

    private static List<EntityMention> distinct(List<EntityMention> ms) {
        List<EntityMention> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (EntityMention m : ms) {
            if (seen.add(m.missionId())) {
                out.add(m);
            }
        }
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
