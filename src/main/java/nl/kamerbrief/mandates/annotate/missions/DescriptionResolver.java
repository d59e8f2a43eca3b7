package nl.kamerbrief.mandates.annotate.missions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.text.Folding;
import nl.kamerbrief.mandates.annotate.EntityMention;
import nl.kamerbrief.mandates.annotate.Token;
import nl.kamerbrief.mandates.annotate.WordMemo;
import nl.kamerbrief.mandates.rules.MissionEntry;
import nl.kamerbrief.mandates.rules.PlaceEntry;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.rules.Table;

/**
 * Resolves descriptions that name no mission ("de EU-trainingsmissie in de Sahel", "een militaire missie in
 * Tsjaad", "de snelle reactiemacht van de EU") through the catalogue's facts: organisation and place must fit,
 * the mission must run in the letter's year, and the kinds the words imply rank the rest. A singular description
 * needs one best mission; a plural one ("de EU-capaciteitsopbouwmissies in de Sahel") names all that fit.
 */
final class DescriptionResolver {

    private record Head(Pattern pattern, Set<String> kinds) {
    }

    private record Marker(Pattern pattern, String value) {
    }

    private static final Set<String> PREDICATE = Set.of("is", "zijn", "was", "waren", "blijft", "wordt", "werd");

    private final List<Head> heads = new ArrayList<>();
    private final List<Marker> organisations = new ArrayList<>();
    private final List<Marker> kindWords = new ArrayList<>();
    private final MissionCatalog catalog;
    private final Gazetteer places;
    private final Pattern anyHead;
    /** The rule each word matches, asked of every word of every letter: worked out once per word. */
    private final WordMemo<Head> headOf = new WordMemo<>(this::matchHead);
    private final WordMemo<String> organisationOf = new WordMemo<>(this::matchOrganisation);
    private final WordMemo<String> kindOf = new WordMemo<>(this::matchKind);

    DescriptionResolver(RuleSet rules, MissionCatalog catalog, Gazetteer places) {
        this.catalog = catalog;
        this.places = places;
        for (Table.Row r : rules.table("descriptions.tsv").rows()) {
            Pattern p = Pattern.compile(r.get("pattern"));
            switch (r.get("role")) {
                case "head" -> heads.add(new Head(p, Set.copyOf(r.list("value"))));
                case "org" -> organisations.add(new Marker(p, r.get("value")));
                case "kind" -> kindWords.add(new Marker(p, r.get("value")));
                default -> throw new IllegalArgumentException("descriptions.tsv line " + r.line() + ": role "
                        + r.get("role"));
            }
        }
        // one pass decides whether a word is a head at all; most words are not
        anyHead = Pattern.compile(String.join("|", heads.stream().map(h -> "(?:" + h.pattern().pattern() + ")")
                .toList()));
    }

    /** A description whose mission is left for the document to tell (no place, no unique fit). */
    record Open(int from, int to, String organisation, Set<String> kinds, boolean plural) {
    }

    void find(List<Token> tk, String view, Integer year, List<Candidate> out, List<Open> open) {
        for (int h = 0; h < tk.size(); h++) {
            Token t = tk.get(h);
            if (!t.isWord()) {
                continue;
            }
            Head head = head(t.text());
            if (head == null) {
                continue;
            }
            // "operatie Northern Shield": a name follows, so this names an operation, it does not describe one
            if (h + 1 < tk.size() && tk.get(h + 1).isWord() && places.at(tk, h + 1) == null
                    && Character.isUpperCase(view.charAt(tk.get(h + 1).start()))) {
                continue;
            }
            boolean plural = t.text().endsWith("missies") || t.text().endsWith("operaties");
            Set<String> kinds = new HashSet<>(head.kinds());
            String org = organisation(t.text());
            int from = h;
            // words before the head: "een militaire EU-operatie", "de NAVO-geleide operatie", "de Europese"
            for (int k = h - 1; k >= 0 && k >= h - 3; k--) {
                Token b = tk.get(k);
                if (!b.isWord()) {
                    break;
                }
                String o = organisation(b.text());
                String kw = kind(b.text());
                if (o != null && org == null) {
                    org = o;
                    from = k;
                } else if (kw != null) {
                    kinds.add(kw);
                    from = k;
                } else if (!b.text().equals("snelle") && !b.text().equals("multinationale")
                        && !b.text().equals("geintegreerde") && !b.text().equals("internationale")) {
                    break;
                } else {
                    from = k;
                }
            }
            // a description in predicate position describes the subject, which is named ("zijn civiele missies")
            if (from >= 1 && PREDICATE.contains(tk.get(from - 1).text())
                    || from >= 2 && tk.get(from - 1).is("een") && PREDICATE.contains(tk.get(from - 2).text())) {
                continue;
            }
            // after the head: "van de EU", a place ("in de Sahel", "op Cyprus", "voor Irak"); a relative clause
            // may stand between ("de NAVO-geleide operatie die tot doel heeft ... voor Libië")
            int to = h + 1;
            PlaceEntry place = null;
            boolean relative = h + 1 < tk.size() && (tk.get(h + 1).is("die") || tk.get(h + 1).is("dat"));
            int reach = relative ? 14 : 5;
            for (int k = h + 1; k < tk.size() && k <= h + reach; k++) {
                Token a = tk.get(k);
                if (a.kind() == Token.Kind.BREAK || a.is(".") || a.is(";") || a.is(":") || a.is("(")) {
                    break;
                }
                if (a.is("van") && k + 2 < tk.size() && tk.get(k + 1).is("de")) {
                    String o = organisation("van de " + tk.get(k + 2).text());
                    if (o != null && org == null) {
                        org = o;
                        to = k + 3;
                        continue;
                    }
                }
                if (a.is("in") || a.is("op") || a.is("voor") || a.is("naar") || a.is("van")) {
                    int p = k + 1;
                    if (p < tk.size() && (tk.get(p).is("de") || tk.get(p).is("het"))) {
                        p++;
                    }
                    Gazetteer.Hit hit = p < tk.size() ? places.at(tk, p) : null;
                    if (hit != null && !hit.place().isKingdom()) {
                        place = hit.place();
                        to = hit.to();
                        break;
                    }
                }
                if (a.is(",") && k > h + 1) {
                    break;
                }
            }
            if (org == null && place == null) {
                // "de maritieme taakgroep": a definite description with a kind may name the letter's one mission
                // of that kind
                boolean definite = from > 0 && (tk.get(from - 1).is("de") || tk.get(from - 1).is("deze")
                        || tk.get(from - 1).is("die"));
                if (definite && kinds.size() > head.kinds().size()) {
                    open.add(new Open(from, to, null, kinds, plural));
                }
                continue;
            }
            List<MissionEntry> fits = resolve(org, kinds, place, year, plural);
            if (fits.isEmpty()) {
                if (place == null) {
                    open.add(new Open(from, to, org, kinds, plural));
                }
                continue;
            }
            out.add(new Candidate(from, to, EntityMention.Type.MISSION, fits, fits.get(0).name(),
                    EntityMention.Source.DESCRIPTION, org, place == null ? List.of() : List.of(place.nl()), null, null));
        }
    }

    /** Whether a word, as written, is the head of a description ("Trainingsmissie", "operatie"). */
    boolean isHead(String written) {
        return head(Folding.foldSameLength(written).toLowerCase(java.util.Locale.ROOT)) != null;
    }

    private Head head(String word) {
        return headOf.get(word);
    }

    private Head matchHead(String word) {
        if (heads.isEmpty() || !anyHead.matcher(word).matches()) {
            return null;
        }
        for (Head h : heads) {
            if (h.pattern().matcher(word).matches()) {
                return h;
            }
        }
        return null;
    }

    private String organisation(String text) {
        return organisationOf.get(text);
    }

    private String matchOrganisation(String text) {
        for (Marker m : organisations) {
            if (m.pattern().matcher(text).find()) {
                return m.value();
            }
        }
        return null;
    }

    private String kind(String word) {
        return kindOf.get(word);
    }

    private String matchKind(String word) {
        for (Marker m : kindWords) {
            if (m.pattern().matcher(word).matches()) {
                return m.value();
            }
        }
        return null;
    }

    /**
     * The catalogue missions a description fits. Without a place only missions without a theatre (standby
     * forces such as the NRF) qualify.
     */
    List<MissionEntry> resolve(String org, Set<String> kinds, PlaceEntry place, Integer year, boolean plural) {
        if (plural && org == null && kinds.isEmpty()) {
            // "missies in de Sahel" says only where: whatever ran there, not the ones the letter means
            return List.of();
        }
        List<MissionEntry> fits = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (MissionEntry m : catalog.missions()) {
            if (org != null && !org.equals(m.organisation())) {
                continue;
            }
            if (year != null && !m.activeIn(year)) {
                continue;
            }
            List<String> mp = Candidate.placesOf(m);
            double score = 0;
            if (place != null) {
                if (places.exactly(mp, place)) {
                    score += 2;
                } else if (places.covers(mp, place)) {
                    score += 1;
                } else {
                    continue;
                }
            } else if (!mp.isEmpty() || !kinds.contains("standby")) {
                continue;
            }
            if (!kinds.isEmpty()) {
                long shared = m.kind().stream().filter(kinds::contains).count();
                if (plural && shared == 0) {
                    continue;
                }
                score += (double) shared / m.kind().size() + (shared > 0 ? 0.5 : 0);
            }
            fits.add(m);
            scores.add(score);
        }
        if (fits.isEmpty()) {
            return fits;
        }
        if (plural) {
            // a plural naming more than a few missions is too vague to resolve ("de missies in Afrika")
            return fits.size() <= 3 ? fits : List.of();
        }
        double best = scores.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<MissionEntry> top = new ArrayList<>();
        for (int i = 0; i < fits.size(); i++) {
            if (scores.get(i) >= best - 1e-9) {
                top.add(fits.get(i));
            }
        }
        return top.size() == 1 ? top : List.of();
    }

    /** Whether a mission named in the document fits an open description (for coreference). */
    boolean fits(MissionEntry m, Open d) {
        if (d.organisation() != null && !d.organisation().equals(m.organisation())
                && !("EU".equals(d.organisation()) && "coalition".equals(m.organisation()))) {
            return false;
        }
        Set<String> k = new HashSet<>(d.kinds());
        k.remove("standby");
        return k.isEmpty() || m.kind().stream().anyMatch(k::contains);
    }
}
