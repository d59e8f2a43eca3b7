package nl.kamerbrief.mandates.annotate.missions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.EntityMention;
import nl.kamerbrief.mandates.annotate.RulePattern;
import nl.kamerbrief.mandates.annotate.Token;
import nl.kamerbrief.mandates.rules.MissionEntry;
import nl.kamerbrief.mandates.rules.PlaceEntry;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.rules.Table;

/**
 * The rule-based finders: catalogue names and aliases, acronym families ("EUCAP Sahel Mali", "UNMEE"), a long
 * name with its acronym in brackets ("European Union Mission Armenië (EUMA)"), "operatie X", unnamed deployments
 * ("de Patriots in Slowakije"), exercises and capacities. Each adds {@link Candidate}s; overlaps are settled later.
 */
final class NameFinders {

    private static final Pattern FAMILY = Pattern.compile("^(EU[A-Z]{2,}|UN[A-Z]{2,}|MINU[A-Z]+|MONU[A-Z]+|ONU[A-Z]+)$");
    private static final Pattern ACRONYM = Pattern.compile("^[A-Z][A-Za-z0-9/-]*[A-Z0-9]$");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "and", "in", "de", "van", "voor", "en",
            "der", "to", "on", "at", "du", "des", "la", "le");
    private static final Set<String> HEAD_WORDS = Set.of("mission", "missie", "force", "operation",
            "operatie", "command", "office", "coordinator", "cell", "element", "team", "initiative", "presence",
            "exchange", "group", "organization", "organisation", "assistance", "support", "monitoring", "police",
            "training", "coordination", "policing", "advisory", "stabilisation", "stabilization",
            "observer", "interim", "representative");
    /** Capitalised words that start a sentence or name a country's organs, not a mission. */
    private static final Set<String> NOT_NAMES = Set.of("het", "de", "een", "nederland", "dit", "deze", "die",
            "daarnaast", "ook", "voorts", "tevens", "verder", "bovendien", "kabinet", "regering", "minister");
    private static final Set<String> NATIONAL = Set.of("netherlands", "nederlandse", "nederlands", "dutch",
            "koninklijke", "royal");
    private static final Set<String> OPERATION_WORDS = Set.of("operatie", "operation", "taakgroep", "taskforce");
    private static final Set<String> ARTICLES = Set.of("de", "het", "een", "the", "a", "an");
    private static final Set<String> BASES = Set.of("vliegbasis", "basis", "luchtmachtbasis", "vanaf", "vanuit",
            "thuisbasis", "marinebasis", "haven");
    private static final Set<String> DEPLOYMENT_PREPOSITIONS = Set.of("in", "naar", "voor", "boven", "bij");

    private final MissionCatalog catalog;
    private final Gazetteer places;
    private final List<SystemWord> systems = new ArrayList<>();

    /** A capacity word of {@code rules/systems.tsv}. */
    record SystemWord(RulePattern pattern, String system, String kind) {
    }

    NameFinders(RuleSet rules, MissionCatalog catalog, Gazetteer places) {
        this.catalog = catalog;
        this.places = places;
        for (Table.Row r : rules.table("systems.tsv").rows()) {
            systems.add(new SystemWord(RulePattern.compile(r.get("pattern")), r.get("system"), r.get("kind")));
        }
    }

    // ---------------------------------------------------------------- catalogue names

    /** Every catalogue name or alias, longest first at each token, in the case the name requires. */
    void aliases(List<Token> tk, String view, List<Candidate> out) {
        int maxKey = catalog.maxKeyLength();
        for (int i = 0; i < tk.size(); i++) {
            if (!tk.get(i).isWord() && !tk.get(i).isNumber()) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            List<int[]> windows = new ArrayList<>();
            boolean skipped = false;
            String inner = null;
            List<String> innerAt = new ArrayList<>();
            for (int j = i; j < tk.size() && j < i + 14; j++) {
                Token t = tk.get(j);
                if (t.kind() == Token.Kind.BREAK) {
                    break;
                }
                // one bracketed acronym inside a name is looked through, once
                if (t.is("(") && !skipped && j > i && j + 2 < tk.size() && tk.get(j + 1).isWord()
                        && tk.get(j + 2).is(")")) {
                    skipped = true;
                    inner = view.substring(tk.get(j + 1).start(), tk.get(j + 1).end());
                    j += 2;
                    continue;
                }
                if (t.kind() == Token.Kind.PUNCT && !(t.is("-") || t.is("/") || t.is("&") || t.is("'"))) {
                    break;
                }
                key.append(MissionCatalog.squash(t.text()));
                if (key.length() > maxKey || !catalog.beginsSomeName(key.toString())) {
                    break;
                }
                if (t.isWord() || t.isNumber()) {
                    windows.add(new int[] {j + 1, key.length()});
                    innerAt.add(inner);
                }
            }
            String full = key.toString();
            for (int w = windows.size() - 1; w >= 0; w--) {
                int to = windows.get(w)[0];
                String k = full.substring(0, windows.get(w)[1]);
                List<MissionCatalog.Name> names = catalog.named(k);
                if (names.isEmpty()) {
                    continue;
                }
                String written = view.substring(tk.get(i).start(), tk.get(to - 1).end());
                boolean added = false;
                for (MissionCatalog.Name n : names) {
                    if (!MissionCatalog.caseFits(n, written)) {
                        continue;
                    }
                    if (n.nonMission() != null) {
                        EntityMention.Type type = "exercise".equals(n.nonMission().type()) ? EntityMention.Type.EXERCISE
                                : EntityMention.Type.NON_MISSION;
                        out.add(new Candidate(i, to, type, List.of(), n.nonMission().name(), EntityMention.Source.ALIAS,
                                null, List.of(), null, n.nonMission().type()));
                    } else {
                        Candidate c = Candidate.known(i, to, n.mission(), n.context()
                                ? EntityMention.Source.CONTEXT_ALIAS : EntityMention.Source.ALIAS);
                        // "European Gendarmerie Force (EGF) in Afghanistan": EGF stands for the mission from here
                        out.add(innerAt.get(w) == null ? c : c.withGroup(innerAt.get(w)));
                    }
                    added = true;
                }
                if (added) {
                    break;
                }
            }
        }
    }

    // ---------------------------------------------------------------- acronym families

    /**
     * "EUCAP Sahel Mali", "EUTM Somalië", "EUFOR RD Congo", "(EUCAP) in Somalië", "UNMEE": an acronym of a
     * mission family with the words that qualify it. A family with a place resolves through the catalogue.
     */
    void families(List<Token> tk, String view, boolean[] segmentStarts, List<Candidate> out) {
        for (int i = 0; i < tk.size(); i++) {
            Token t = tk.get(i);
            if (!t.isWord()) {
                continue;
            }
            String written = view.substring(t.start(), t.end());
            if (!FAMILY.matcher(written).matches()) {
                continue;
            }
            int j = i + 1;
            // skip a closing bracket of "(EUCAP) in Somalië" / "(EUPM) Moldavië"
            boolean bracketed = i > 0 && tk.get(i - 1).is("(") && j < tk.size() && tk.get(j).is(")");
            int q = bracketed ? j + 1 : j;
            List<String> qualifiers = new ArrayList<>();
            PlaceEntry place = null;
            int end = i + 1;
            for (int n = 0; n < 4 && q < tk.size() && !segmentStarts[q]; n++) {
                Token next = tk.get(q);
                if (next.is("in")) {
                    int p = q + 1;
                    if (p < tk.size() && (tk.get(p).is("de") || tk.get(p).is("het"))) {
                        p++;
                    }
                    Gazetteer.Hit h = places.at(tk, p);
                    if (h != null) {
                        if (place == null || !place.members().isEmpty()) {
                            place = h.place();
                        }
                        if (qualifiers.isEmpty()) {
                            qualifiers.add(view.substring(tk.get(h.from()).start(), tk.get(h.to() - 1).end()));
                        }
                        end = h.to();
                    }
                    break;
                }
                if (!next.isWord()) {
                    break;
                }
                Gazetteer.Hit h = places.at(tk, q);
                String w = view.substring(next.start(), next.end());
                if (h != null) {
                    if (place == null || !place.members().isEmpty()) {
                        place = h.place();
                    }
                    qualifiers.add(view.substring(tk.get(h.from()).start(), tk.get(h.to() - 1).end()));
                    q = h.to();
                    end = q;
                    continue;
                }
                if (w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
                    qualifiers.add(w);
                    q++;
                    end = q;
                    continue;
                }
                // a capitalised name right after the acronym: "EUNAVFOR Sentinel", "EUFOR Althea"
                if (n == qualifiers.size() && n < 2 && Character.isUpperCase(w.charAt(0)) && w.length() >= 3
                        && !NOT_NAMES.contains(next.text())) {
                    qualifiers.add(w);
                    q++;
                    end = q;
                    continue;
                }
                break;
            }
            String family = written;
            String name = qualifiers.isEmpty() ? family : family + " " + String.join(" ", qualifiers);
            MissionEntry known = catalog.byName(name);
            if (known == null && place != null) {
                known = byFamilyAndPlace(family, place);
            }
            int from = i;
            // "(EUCAP) Sahel Mali en Niger": the sibling of the same family
            if (known != null && end + 1 < tk.size() && tk.get(end).is("en")) {
                Gazetteer.Hit sibling = places.at(tk, end + 1);
                if (sibling != null) {
                    MissionEntry other = byFamilyAndPlace(family, sibling.place());
                    if (other != null && other != known) {
                        out.add(Candidate.known(sibling.from(), sibling.to(), other, EntityMention.Source.PATTERN));
                    }
                }
            }
            if (known != null) {
                out.add(Candidate.known(from, end, known, EntityMention.Source.PATTERN));
            } else if (!catalog.isFamily(family) || !qualifiers.isEmpty()) {
                if (catalog.family(family).size() == 1 && qualifiers.isEmpty()) {
                    out.add(Candidate.known(from, end, catalog.family(family).get(0), EntityMention.Source.PATTERN));
                } else {
                    out.add(Candidate.unknown(from, end, name, EntityMention.Source.PATTERN, organisationOf(family),
                            place == null ? List.of() : List.of(place.nl())));
                }
            } else {
                // a bare family name ("EUFOR", "EUCAP"): resolved later by what the document names
                out.add(new Candidate(from, end, EntityMention.Type.MISSION, List.of(), family,
                        EntityMention.Source.COREFERENCE, organisationOf(family), List.of(), null, null));
            }
        }
    }

    MissionEntry byFamilyAndPlace(String family, PlaceEntry place) {
        MissionEntry best = null;
        int found = 0;
        for (MissionEntry m : catalog.family(family)) {
            if (places.exactly(Candidate.placesOf(m), place)) {
                best = m;
                found++;
            }
        }
        if (found == 1) {
            return best;
        }
        if (found == 0) {
            for (MissionEntry m : catalog.family(family)) {
                if (places.covers(Candidate.placesOf(m), place)) {
                    best = m;
                    found++;
                }
            }
        }
        return found == 1 ? best : null;
    }

    static String organisationOf(String acronym) {
        String a = acronym.toUpperCase(Locale.ROOT);
        if (a.startsWith("EU")) {
            return "EU";
        }
        if (a.startsWith("UN") || a.startsWith("MIN") || a.startsWith("MON") || a.startsWith("ONU")) {
            return "UN";
        }
        return null;
    }

    // ---------------------------------------------------------------- long name (ACRONYM)

    /** "European Union Mission Armenië (EUMA)", "Maritime Areas of Interest Coordination Cell, MAICC". */
    void longNames(List<Token> tk, String view, List<Candidate> out) {
        for (int i = 1; i < tk.size(); i++) {
            Token open = tk.get(i - 1);
            Token acr = tk.get(i);
            if (!acr.isWord()) {
                continue;
            }
            String written = view.substring(acr.start(), i + 2 < tk.size() && tk.get(i + 1).is("/")
                    ? tk.get(i + 2).end() : acr.end());
            if (!ACRONYM.matcher(written).matches() || written.chars().filter(Character::isUpperCase).count() < 2) {
                continue;
            }
            boolean paren = open.is("(");
            boolean comma = open.is(",") && i + 1 < tk.size() && tk.get(i + 1).is(")");
            if (!paren && !comma) {
                continue;
            }
            // the long name before the bracket
            int k = i - 2;
            int start = -1;
            boolean head = false;
            int words = 0;
            while (k >= 0 && words < 12) {
                Token w = tk.get(k);
                if (!w.isWord()) {
                    break;
                }
                String ww = view.substring(w.start(), w.end());
                boolean cap = Character.isUpperCase(ww.charAt(0));
                if (!cap && !CONNECTORS.contains(w.text()) && !PlaceLike.isPlaceWord(places, tk, k)) {
                    break;
                }
                if (cap) {
                    start = k;
                }
                if (HEAD_WORDS.contains(w.text())) {
                    head = true;
                }
                words++;
                k--;
            }
            // an article is no part of the name ("De United Nations Truce Supervision Organization (UNTSO)")
            while (start >= 0 && start < i - 2 && ARTICLES.contains(tk.get(start).text())) {
                start++;
            }
            if (start < 0 || !head || i - 1 - start < 2) {
                continue;
            }
            // a national unit or body ("Netherlands Maritime Force", "Koninklijke ...") is no mission
            String firstWord = tk.get(start).text();
            if (NATIONAL.contains(firstWord)) {
                continue;
            }
            String acronym = written.replace("/", "/");
            int end = i + (written.contains("/") ? 3 : 1);
            int close = end < tk.size() && tk.get(end).is(")") ? end + 1 : end;
            // a place right after the bracket: "(EUCAP) in Somalië", "(EUPM) Moldavië"
            PlaceEntry place = null;
            int q = close;
            if (q < tk.size() && tk.get(q).is("in")) {
                q++;
            }
            Gazetteer.Hit h = q < tk.size() ? places.at(tk, q) : null;
            if (h != null && close < tk.size()) {
                place = h.place();
            }
            if (place == null) {
                // a place inside the long name: "European Union Mission Armenië (EUMA)"
                for (int p = start; p < i - 1; p++) {
                    Gazetteer.Hit in = places.at(tk, p);
                    if (in != null && !in.place().isKingdom()) {
                        place = in.place();
                    }
                }
            }
            MissionEntry known = catalog.byName(acronym);
            if (known == null && place != null) {
                known = byFamilyAndPlace(acronym, place);
            }
            if (known == null && place != null) {
                known = catalog.byName(acronym + " " + place.nl());
            }
            int to = h != null && place != null && h.from() >= close ? h.to() : close;
            if (known != null) {
                out.add(Candidate.known(start, to, known, EntityMention.Source.PATTERN).withGroup(acronym));
            } else {
                String name = place != null && h != null && h.from() >= close ? acronym + " "
                        + view.substring(tk.get(h.from()).start(), tk.get(h.to() - 1).end()) : acronym;
                out.add(Candidate.unknown(start, to, name, EntityMention.Source.PATTERN, organisationOf(acronym),
                        place == null ? List.of() : List.of(place.nl())).withGroup(acronym));
            }
        }
    }

    // ---------------------------------------------------------------- operatie X

    /** "operatie Barkhane", "Operation Ocean Shield", "anti-piraterijoperatie Ocean Shield", "Taakgroep Takuba". */
    void operations(List<Token> tk, String view, boolean[] segmentStarts, List<Candidate> out) {
        for (int i = 0; i + 1 < tk.size(); i++) {
            Token t = tk.get(i);
            if (!t.isWord()) {
                continue;
            }
            boolean op = OPERATION_WORDS.contains(t.text()) || t.text().endsWith("operatie")
                    || t.text().endsWith("-missie") || t.text().equals("missie")
                    || t.text().equals("task") && i + 1 < tk.size() && tk.get(i + 1).is("force");
            if (!op) {
                continue;
            }
            int j = t.text().equals("task") ? i + 2 : i + 1;
            int end = j;
            List<String> words = new ArrayList<>();
            while (end < tk.size() && words.size() < 3 && tk.get(end).isWord() && !segmentStarts[end]) {
                String w = view.substring(tk.get(end).start(), tk.get(end).end());
                if (!Character.isUpperCase(w.charAt(0)) || places.at(tk, end) != null && words.isEmpty()) {
                    break;
                }
                words.add(w);
                end++;
            }
            if (words.isEmpty()) {
                continue;
            }
            String name = String.join(" ", words);
            MissionEntry known = catalog.byName(name);
            if (known != null) {
                out.add(Candidate.known(i, end, known, EntityMention.Source.PATTERN));
            } else {
                out.add(Candidate.unknown(i, end, name, EntityMention.Source.PATTERN, null, List.of()));
            }
        }
    }

    // ---------------------------------------------------------------- deployments and capacities

    /**
     * A capacity word followed, within a few words, by "in/naar/voor" and a foreign place: a deployment without
     * an official name, named "<system> <place>" ("Patriots Slowakije", "MRTT Rode Zee"). Every capacity word is
     * also a {@link EntityMention.Type#CAPACITY} whose crew a headcount may count.
     */
    void deployments(List<Token> tk, String view, List<Candidate> out) {
        for (int i = 0; i < tk.size(); i++) {
            Token t = tk.get(i);
            if (!t.isWord()) {
                continue;
            }
            SystemWord sys = system(tk, i);
            if (sys == null) {
                continue;
            }
            int capEnd = i + 1;
            if (t.text().equals("zr") || t.text().equals("hr")) {
                // "Zr.Ms. De Ruyter": the ship's name runs on while words are capitalized
                capEnd = i + 1;
                while (capEnd < tk.size() && (tk.get(capEnd).is(".") || tk.get(capEnd).is("ms"))) {
                    capEnd++;
                }
                while (capEnd < tk.size() && tk.get(capEnd).isWord()
                        && Character.isUpperCase(view.charAt(tk.get(capEnd).start()))) {
                    capEnd++;
                }
            }
            out.add(new Candidate(i, capEnd, EntityMention.Type.CAPACITY, List.of(),
                    view.substring(t.start(), tk.get(capEnd - 1).end()), EntityMention.Source.DEPLOYMENT, null,
                    List.of(), null, null));
            if (sys.kind().equals("ship") || sys.kind().equals("unit")) {
                continue;
            }
            for (int j = i + 1; j < tk.size() && j <= i + 9; j++) {
                Token w = tk.get(j);
                boolean abbreviationDot = w.is(".") && tk.get(j - 1).text().length() == 1;
                if (w.kind() == Token.Kind.BREAK || w.is(".") && !abbreviationDot || w.is(";") || w.is(",")
                        || w.is(":") || BASES.contains(w.text())) {
                    break;
                }
                if (!DEPLOYMENT_PREPOSITIONS.contains(w.text())) {
                    continue;
                }
                int p = j + 1;
                if (p < tk.size() && (tk.get(p).is("de") || tk.get(p).is("het"))) {
                    p++;
                }
                Gazetteer.Hit h = p < tk.size() ? places.at(tk, p) : null;
                if (h == null || h.place().isKingdom()) {
                    continue;
                }
                String name = sys.system() + " " + h.place().nl();
                MissionEntry known = catalog.byName(name);
                if (known != null) {
                    out.add(Candidate.known(i, h.to(), known, EntityMention.Source.DEPLOYMENT));
                } else {
                    out.add(Candidate.unknown(i, h.to(), name, EntityMention.Source.DEPLOYMENT, "bilateral",
                            List.of(h.place().nl())));
                }
                break;
            }
        }
    }

    private SystemWord system(List<Token> tk, int i) {
        String w = tk.get(i).text();
        if ((w.equals("zr") || w.equals("hr")) && i + 2 < tk.size() && tk.get(i + 1).is(".")) {
            for (SystemWord s : systems) {
                if (s.kind().equals("ship")) {
                    return s;
                }
            }
        }
        for (SystemWord s : systems) {
            if (s.pattern().foundIn(w) && !w.equals("zr") && !w.equals("hr")) {
                return s;
            }
        }
        return null;
    }

    /** "de grote oefening Cold Response", "oefening Steadfast Jazz": the capitalized words after "oefening". */
    void exercises(List<Token> tk, String view, List<Candidate> out) {
        for (int i = 0; i + 1 < tk.size(); i++) {
            Token t = tk.get(i);
            if (!t.isWord() || !(t.text().equals("oefening") || t.text().endsWith("-oefening")
                    || t.text().equals("exercise"))) {
                continue;
            }
            int end = i + 1;
            while (end < tk.size() && end < i + 4 && tk.get(end).isWord()
                    && Character.isUpperCase(view.charAt(tk.get(end).start()))) {
                end++;
            }
            if (end > i + 1) {
                out.add(new Candidate(i, end, EntityMention.Type.EXERCISE, List.of(),
                        view.substring(tk.get(i + 1).start(), tk.get(end - 1).end()), EntityMention.Source.PATTERN,
                        null, List.of(), null, "exercise"));
            }
        }
    }

    /** Place words may sit inside a long name ("European Union Mission Armenië"). */
    static final class PlaceLike {
        private PlaceLike() {
        }

        static boolean isPlaceWord(Gazetteer g, List<Token> tk, int k) {
            return g.at(tk, k) != null;
        }
    }
}
