package nl.kamerbrief.mandates.annotate.missions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Annotator;
import nl.kamerbrief.mandates.annotate.EntityMention;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.annotate.Segment;
import nl.kamerbrief.mandates.annotate.Token;
import nl.kamerbrief.mandates.annotate.Tokens;
import nl.kamerbrief.mandates.rules.MissionEntry;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.rules.Table;
import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.Folding;

/**
 * Finds the missions a letter names or describes, and what looks like one and is not. Catalogue names and aliases
 * come first; then patterns for missions the catalogue does not know (acronym families, a long name with its
 * acronym, "operatie X", unnamed deployments "Patriots Slowakije"); then descriptions resolved through the
 * catalogue's facts and the letter's date; then, where a {@link MissionModel} is trained, the name finder on
 * candidate sentences. Overlaps are settled once (catalogue before pattern before description before model,
 * longer first). Bare family names ("EUFOR") and acronyms a letter introduces in brackets ("(EGF)") resolve to
 * the mission the letter means. Each mention gets the role the words before it give it.
 */
public final class MissionAnnotator implements Annotator {

    private record RoleCue(Pattern pattern, EntityMention.Role role) {
    }

    private final MissionCatalog catalog;
    private final Gazetteer places;
    private final NameFinders finders;
    private final DescriptionResolver descriptions;
    private final List<RoleCue> roles = new ArrayList<>();
    private final MissionModel model;
    private final Set<String> nonMissionHeads = new java.util.HashSet<>();

    public MissionAnnotator(RuleSet rules, MissionModel model) {
        this.catalog = new MissionCatalog(rules);
        this.places = new Gazetteer(rules);
        this.finders = new NameFinders(rules, catalog, places);
        this.descriptions = new DescriptionResolver(rules, catalog, places);
        this.model = model;
        for (Table.Row r : rules.table("name-heads.tsv").rows()) {
            nonMissionHeads.add(Folding.nameKey(r.get("word")));
        }
        for (Table.Row r : rules.table("roles.tsv").rows()) {
            roles.add(new RoleCue(Pattern.compile("(?:" + r.get("pattern") + ")"),
                    EntityMention.Role.valueOf(r.get("role").toUpperCase(Locale.ROOT))));
        }
    }

    @Override
    public Layer adds() {
        return Layer.ENTITIES;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.HEADER, Layer.SEGMENTS);
    }

    @Override
    public List<EntityMention> annotate(AnnotatedText t) {
        String view = t.view().text();
        String folded = t.view().folded();
        List<Token> tk = Tokens.of(folded);
        Integer year = t.header().year();

        List<Candidate> found = new ArrayList<>();
        finders.aliases(tk, view, found);
        boolean[] segmentStarts = segmentStarts(t, tk);
        finders.families(tk, view, segmentStarts, found);
        finders.longNames(tk, view, found);
        finders.operations(tk, view, segmentStarts, found);
        finders.deployments(tk, view, found);
        finders.exercises(tk, view, found);
        List<DescriptionResolver.Open> open = new ArrayList<>();
        descriptions.find(tk, view, year, found, open);
        if (model != null) {
            List<Candidate> proposed = new ArrayList<>();
            model.find(t, tk, proposed);
            for (Candidate c : proposed) {
                if (plausibleModelName(tk, view, c, found)) {
                    found.add(c);
                }
            }
        }

        List<Candidate> capacities = new ArrayList<>();
        List<Candidate> rest = new ArrayList<>();
        for (Candidate c : found) {
            (c.type() == EntityMention.Type.CAPACITY ? capacities : rest).add(c);
        }
        // a name several missions share resolves by the nearest place first, so it competes as a known name
        List<Candidate> chosen = resolveOverlaps(contextAliases(t, tk, rest));
        chosen = coreference(t, tk, view, chosen, open);
        chosen = withoutAppositions(tk, chosen);

        List<EntityMention> out = new ArrayList<>();
        for (Candidate c : chosen) {
            emit(t, tk, c, out);
        }
        for (Candidate c : resolveOverlaps(capacities)) {
            emit(t, tk, c, out);
        }
        return out;
    }

    /** Which tokens begin a segment: a name read from the words after a family or "operatie" stops there. */
    private static boolean[] segmentStarts(AnnotatedText t, List<Token> tk) {
        boolean[] starts = new boolean[tk.size() + 1];
        for (Segment s : t.segments()) {
            int i = tokenAt(t, tk, s.span().start());
            if (i < tk.size()) {
                starts[i] = true;
            }
        }
        return starts;
    }

    // ---------------------------------------------------------------- model names

    /**
     * A name the model proposes counts only where the rules saw nothing (no mission, organisation, exercise or
     * capacity there) and it has the shape of a name: it ends in a capitalized word or a number, not in a common
     * noun ("NAVO-trainingsmissie"), a description's head ("Navo Trainingsmissie", {@code descriptions.tsv}) or a
     * word of {@code name-heads.tsv} ("Conference"); and a part of it that is neither a place, an organisation nor
     * a description's head is capitalized ("Sentinel", "EUNAVFOR").
     */
    private boolean plausibleModelName(List<Token> tk, String view, Candidate c, List<Candidate> ruleFound) {
        for (Candidate r : ruleFound) {
            if (r.overlaps(c)) {
                return false;
            }
        }
        String written = view.substring(tk.get(c.from()).start(), tk.get(c.to() - 1).end());
        String[] parts = written.split("[\\s/-]+");
        String last = parts[parts.length - 1];
        if (!MissionModel.nameShaped(written) || nonMissionHeads.contains(Folding.nameKey(last))
                || descriptions.isHead(last)) {
            return false;
        }
        for (String part : parts) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && !places.isPlace(part)
                    && !catalog.isNonMission(part) && !descriptions.isHead(part)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- overlaps

    private static List<Candidate> resolveOverlaps(List<Candidate> all) {
        List<Candidate> sorted = new ArrayList<>(all);
        // a catalogue mission before an unknown one, then the longer name, then the surer source; a bare family
        // name several missions share ("EUTM") is no catalogue name inside a longer one ("EUTM Mozambique")
        sorted.sort(Comparator.comparing((Candidate c) -> c.isKnown()
                        && !(c.source() == EntityMention.Source.CONTEXT_ALIAS && c.length() == 1)
                        || c.type() != EntityMention.Type.MISSION)
                .reversed()
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
                .thenComparing(Comparator.comparingInt(Candidate::rank).reversed())
                .thenComparingInt(Candidate::from));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            boolean clash = false;
            for (Candidate k : kept) {
                if (k.overlaps(c) && !(k.from() == c.from() && k.to() == c.to()
                        && k.source() == EntityMention.Source.CONTEXT_ALIAS
                        && c.source() == EntityMention.Source.CONTEXT_ALIAS)) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::from));
        return kept;
    }

    // ---------------------------------------------------------------- shared names

    /** A name several missions share ("EU Special Representative") takes the one whose place is nearest. */
    private List<Candidate> contextAliases(AnnotatedText t, List<Token> tk, List<Candidate> chosen) {
        List<Candidate> out = new ArrayList<>();
        Map<String, List<Candidate>> bySpan = new HashMap<>();
        for (Candidate c : chosen) {
            if (c.source() == EntityMention.Source.CONTEXT_ALIAS) {
                bySpan.computeIfAbsent(c.from() + ":" + c.to(), k -> new ArrayList<>()).add(c);
            }
        }
        for (Candidate c : chosen) {
            if (c.source() != EntityMention.Source.CONTEXT_ALIAS) {
                out.add(c);
                continue;
            }
            List<Candidate> group = bySpan.remove(c.from() + ":" + c.to());
            if (group == null) {
                continue;
            }
            MissionEntry pick = byNearbyPlace(t, tk, c, group.stream().map(g -> g.missions().get(0)).toList());
            if (pick != null) {
                out.add(Candidate.known(c.from(), c.to(), pick, EntityMention.Source.CONTEXT_ALIAS));
            }
        }
        return out;
    }

    /** The mission among {@code options} whose place the text names nearest to the mention. */
    private MissionEntry byNearbyPlace(AnnotatedText t, List<Token> tk, Candidate c, List<MissionEntry> options) {
        int year = t.header().year() == null ? -1 : t.header().year();
        List<MissionEntry> active = options.stream().filter(m -> year < 0 || m.activeIn(year)).toList();
        if (active.isEmpty()) {
            active = options;
        }
        Segment seg = t.segmentAt(t.view().toSource(tk.get(c.from()).start(), tk.get(c.to() - 1).end()).start());
        int from = 0;
        int to = tk.size();
        // look in widening windows: the sentence, the paragraph, three paragraphs back
        for (int width = 0; width < 3; width++) {
            int lo;
            int hi;
            if (seg == null) {
                lo = Math.max(0, c.from() - 40 * (width + 1));
                hi = Math.min(tk.size(), c.to() + 40 * (width + 1));
            } else {
                CharSpan range = width == 0 ? seg.span() : paragraphRange(t, seg, width == 1 ? 0 : 3);
                lo = tokenAt(t, tk, range.start());
                hi = tokenAt(t, tk, range.end());
            }
            MissionEntry best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (int i = Math.max(from, lo); i < Math.min(to, hi); i++) {
                Gazetteer.Hit h = places.at(tk, i);
                if (h == null) {
                    continue;
                }
                for (MissionEntry m : active) {
                    if (places.covers(Candidate.placesOf(m), h.place())) {
                        int d = Math.abs(i - c.from());
                        if (d < bestDistance) {
                            best = m;
                            bestDistance = d;
                        }
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return active.size() == 1 ? active.get(0) : null;
    }

    // ---------------------------------------------------------------- coreference

    /**
     * Bare family names and bracketed acronyms take the mission the letter means: the nearest mission of that
     * family named before (else after) in the letter; an acronym introduced as "(EGF)" after a mission's name
     * stands for that mission from then on; a description without a place is the one mission of the letter that
     * fits it.
     */
    private List<Candidate> coreference(AnnotatedText t, List<Token> tk, String view, List<Candidate> chosen,
                                        List<DescriptionResolver.Open> open) {
        // acronyms introduced in brackets right after a mission
        Map<String, Candidate> bound = new HashMap<>();
        for (Candidate c : chosen) {
            if (c.type() != EntityMention.Type.MISSION || c.source() == EntityMention.Source.COREFERENCE) {
                continue;
            }
            int i = c.to();
            if (i + 2 < tk.size() && (tk.get(i).is("(") || tk.get(i).is(",")) && tk.get(i + 1).isWord()) {
                String acr = view.substring(tk.get(i + 1).start(), tk.get(i + 1).end());
                if (acr.length() >= 2 && acr.chars().filter(Character::isUpperCase).count() >= 2
                        && (tk.get(i + 2).is(")") || tk.get(i + 2).is(","))) {
                    bound.putIfAbsent(acr, c);
                }
            }
            if (c.group() != null) {
                bound.putIfAbsent(c.group(), c);
            }
        }
        List<Candidate> missions = chosen.stream().filter(c -> c.type() == EntityMention.Type.MISSION
                && c.source() != EntityMention.Source.COREFERENCE).toList();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : chosen) {
            String written = view.substring(tk.get(c.from()).start(), tk.get(c.to() - 1).end());
            Candidate binding = bound.get(written);
            if (binding != null && binding.from() != c.from() && c.to() - c.from() == 1
                    && (c.type() != EntityMention.Type.MISSION || !c.isKnown())) {
                out.add(new Candidate(c.from(), c.to(), EntityMention.Type.MISSION, binding.missions(),
                        binding.name(), EntityMention.Source.COREFERENCE, binding.organisation(), binding.places(),
                        null, null));
                continue;
            }
            if (c.source() != EntityMention.Source.COREFERENCE) {
                out.add(c);
                continue;
            }
            // a bare family name: the nearest mission of the family before it, else after it
            Candidate best = null;
            for (Candidate m : missions) {
                if (m.name().toUpperCase(Locale.ROOT).startsWith(c.name().toUpperCase(Locale.ROOT) + " ")
                        || m.isKnown() && c.name().equals(m.missions().get(0).acronym())) {
                    if (m.to() <= c.from()) {
                        best = m;
                    } else if (best == null) {
                        best = m;
                        break;
                    }
                }
            }
            if (best != null) {
                out.add(new Candidate(c.from(), c.to(), EntityMention.Type.MISSION, best.missions(), best.name(),
                        EntityMention.Source.COREFERENCE, best.organisation(), best.places(), null, null));
            }
        }
        // descriptions without a place: the one named mission that fits
        for (DescriptionResolver.Open d : open) {
            boolean taken = false;
            for (Candidate c : out) {
                if (c.from() < d.to() && d.from() < c.to()) {
                    taken = true;
                    break;
                }
            }
            if (taken || d.plural()) {
                continue;
            }
            List<Candidate> fits = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Candidate m : missions) {
                if (m.isKnown() && descriptions.fits(m.missions().get(0), d) && seen.add(m.name())) {
                    fits.add(m);
                }
            }
            if (fits.size() == 1) {
                Candidate m = fits.get(0);
                out.add(new Candidate(d.from(), d.to(), EntityMention.Type.MISSION, m.missions(), m.name(),
                        EntityMention.Source.COREFERENCE, m.organisation(), m.places(), null, null));
            }
        }
        out.sort(Comparator.comparingInt(Candidate::from));
        return out;
    }

    /**
     * A description in apposition to a name ("Resolute Harbour, de maritieme missie in de Golf van Guinee")
     * describes that mission; it does not name a second one.
     */
    private static List<Candidate> withoutAppositions(List<Token> tk, List<Candidate> chosen) {
        List<Candidate> out = new ArrayList<>();
        Candidate previous = null;
        for (Candidate c : chosen) {
            if (c.source() == EntityMention.Source.DESCRIPTION && previous != null
                    && previous.type() == EntityMention.Type.MISSION
                    && previous.source() != EntityMention.Source.DESCRIPTION && appositive(tk, previous.to(), c.from())) {
                continue;
            }
            out.add(c);
            previous = c;
        }
        return out;
    }

    private static boolean appositive(List<Token> tk, int from, int to) {
        if (to - from == 1) {
            return tk.get(from).is(",");
        }
        return to - from == 2 && tk.get(from).is(",")
                && (tk.get(from + 1).is("de") || tk.get(from + 1).is("het") || tk.get(from + 1).is("een"));
    }

    // ---------------------------------------------------------------- output

    private void emit(AnnotatedText t, List<Token> tk, Candidate c, List<EntityMention> out) {
        CharSpan span = t.view().toSource(tk.get(c.from()).start(), tk.get(c.to() - 1).end());
        EntityMention.Role role = role(t, tk, c, span);
        if (c.type() != EntityMention.Type.MISSION) {
            out.add(new EntityMention(span, c.type(), null, c.name(), null, false, c.source(), role, false,
                    List.of(), c.kind()));
            return;
        }
        if (c.isKnown()) {
            boolean shared = c.missions().size() > 1;
            for (MissionEntry m : c.missions()) {
                out.add(new EntityMention(span, EntityMention.Type.MISSION, m.id(), m.name(), m.organisation(), true,
                        c.source(), role, shared, Candidate.placesOf(m), null));
            }
        } else {
            out.add(new EntityMention(span, EntityMention.Type.MISSION, slug(c.name()), c.name(), c.organisation(),
                    false, c.source(), role, false, c.places(), null));
        }
    }

    private EntityMention.Role role(AnnotatedText t, List<Token> tk, Candidate c, CharSpan span) {
        Segment seg = t.segmentAt(span.start());
        if (seg == null) {
            return EntityMention.Role.NEUTRAL;
        }
        String before = t.view().flatText(new CharSpan(seg.span().start(), span.start()));
        if (seg.kind() == Segment.Kind.ITEM || seg.kind() == Segment.Kind.HEADING) {
            // the head of a list item: "[Kosovo] NAVO missie in Kosovo (KFOR) – één persoon"
            if (before.length() < 60 && !before.contains(" aan ") && !before.contains(" met ")) {
                return EntityMention.Role.TARGET;
            }
        }
        // "een" before a description or a common noun ("een geïntegreerde politietrainingsmissie") is no generic
        // reference; before a name ("een CSG") it is
        String written = t.text().substring(span.start(), span.end());
        String firstWord = written.split("[\\s/]+")[0];
        boolean acronymLike = c.source() != EntityMention.Source.DESCRIPTION
                && firstWord.chars().filter(Character::isUpperCase).count() >= 2;
        if (!acronymLike && before.endsWith("een ")) {
            before = before.substring(0, before.length() - 4);
        }
        String tail = before.length() > 120 ? before.substring(before.length() - 120) : before;
        for (RoleCue r : roles) {
            if (endsAtTail(r.pattern(), tail)) {
                return r.role();
            }
        }
        return EntityMention.Role.NEUTRAL;
    }

    /** Whether a match of {@code p} ends where {@code tail} does (no match at all: false). */
    private static boolean endsAtTail(Pattern p, String tail) {
        var m = p.matcher(tail);
        while (m.find()) {
            if (m.end() == tail.length()) {
                return true;
            }
        }
        return false;
    }

    static String slug(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static CharSpan paragraphRange(AnnotatedText t, Segment seg, int back) {
        int start = seg.span().start();
        int end = seg.span().end();
        for (Segment s : t.segments()) {
            if (s.paragraph() >= seg.paragraph() - back && s.paragraph() <= seg.paragraph()) {
                start = Math.min(start, s.span().start());
                end = Math.max(end, s.span().end());
            }
        }
        return new CharSpan(start, end);
    }

    private static int tokenAt(AnnotatedText t, List<Token> tk, int sourceIndex) {
        int v = t.view().toView(sourceIndex);
        int lo = 0;
        int hi = tk.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tk.get(mid).start() < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
