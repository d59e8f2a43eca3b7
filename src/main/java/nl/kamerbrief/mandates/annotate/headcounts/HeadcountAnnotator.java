package nl.kamerbrief.mandates.annotate.headcounts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Annotator;
import nl.kamerbrief.mandates.annotate.Category;
import nl.kamerbrief.mandates.annotate.DutchNumerals;
import nl.kamerbrief.mandates.annotate.Headcount;
import nl.kamerbrief.mandates.annotate.Headcount.Flag;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.annotate.Qualifier;
import nl.kamerbrief.mandates.annotate.Token;
import nl.kamerbrief.mandates.annotate.Tokens;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.rules.Table;
import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.Folding;

/**
 * Numbers of people (spec section 2): a number, in digits or Dutch words, with the words that qualify it
 * ("maximaal", "circa", "ruim"), a range ("twee tot drie", "een of twee"), a change ("van tien naar vijftien"),
 * and the personnel noun it counts, with adjectives between ("acht civiele en politie-experts"). Also a singular
 * noun after "een" ("een genderadviseur"), a fact-sheet label ("Aantal militairen: 24"), "N-koppig", one person
 * filling "de functie van", and a number whose noun a list leaves out ("twintig aan MINUSMA"). Words around a
 * number mark it as an increase, a standing size, a current filling, a subset or a mandate.
 */
public final class HeadcountAnnotator implements Annotator {

    /** One personnel noun form. */
    private record Noun(String form, List<Category> categories, Headcount.Kind kind, boolean compound,
                        boolean singular) {
    }

    private static final Set<String> FILLERS = Set.of("extra", "en", "of", "-", "/", "civiel", "politie", "militair",
            "staf", "nederlands", "nederlandse", "koninklijke", "marechaussee", "kmar", "nieuwe", "aanvullende",
            "additionele", "ervaren", "vaste", "eigen", "vrouwelijke", "senior", "&");
    private static final Set<String> STOP_NOUN_SUFFIXES = Set.of("paramilitairen", "rechtspersonen", "geheimagenten");
    private static final Pattern KOPPIG = Pattern.compile("^(\\d+)-koppige?$");
    private static final Set<String> FUNCTION_VERBS = Set.of("vulde", "vult", "vervulde", "vervult", "bekleedde",
            "bekleedt", "vervullen", "vullen", "bekleden");
    private static final Set<String> CHANGE_VERBS = Set.of("intensiveren", "uitbreiden", "verhogen", "versterken",
            "aanvullen", "vergroten", "opschalen");

    private final DutchNumerals numerals;
    private final Map<String, Noun> nouns = new HashMap<>();
    private final List<Noun> compounds = new ArrayList<>();
    private final Map<String, Qualifier> qualifiers = new HashMap<>();
    private final List<CategoryCue> categoryCues = new ArrayList<>();

    private record CategoryCue(Pattern pattern, Category category) {
    }

    public HeadcountAnnotator(RuleSet rules, DutchNumerals numerals) {
        this.numerals = numerals;
        for (Table.Row r : rules.table("personnel.tsv").rows()) {
            List<Category> cats = r.list("categories").stream().map(Category::of).toList();
            Headcount.Kind kind = switch (r.get("kind")) {
                case "crew" -> Headcount.Kind.CREW;
                case "unit" -> null;
                default -> Headcount.Kind.PERSON;
            };
            List<String> forms = r.list("forms");
            for (int i = 0; i < forms.size(); i++) {
                String f = Folding.foldSameLength(forms.get(i));
                Noun n = new Noun(f, cats, kind, "yes".equals(r.get("compound")), i == 0);
                nouns.putIfAbsent(f, n);
                if (n.compound()) {
                    compounds.add(n);
                }
            }
        }
        for (Table.Row r : rules.table("qualifiers.tsv").rows()) {
            qualifiers.put(Folding.foldSameLength(r.get("phrase")).replace(".", "").strip(),
                    Qualifier.of(r.get("qualifier")));
        }
        for (Table.Row r : rules.table("categories.tsv").rows()) {
            categoryCues.add(new CategoryCue(Pattern.compile(r.get("pattern")), Category.of(r.get("category"))));
        }
    }

    @Override
    public Layer adds() {
        return Layer.HEADCOUNTS;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SEGMENTS);
    }

    /** A headcount before its final flags, in tokens. */
    private static final class Draft {
        int from;
        int numberAt;
        int to;
        int count;
        Integer min;
        Integer max;
        Qualifier qualifier = Qualifier.EXACT;
        Integer previous;
        Noun noun;
        /** A second noun the number counts ("experts en politiefunctionarissen"). */
        Noun also;
        final Set<Flag> flags = EnumSet.noneOf(Flag.class);
        int group = -1;
        int categoryTo;
    }

    @Override
    public List<Headcount> annotate(AnnotatedText t) {
        String folded = t.view().folded();
        List<Token> tk = Tokens.of(folded);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < tk.size(); i++) {
            Draft d = at(tk, i, drafts);
            if (d != null) {
                drafts.add(d);
                i = Math.max(i, d.to - 1);
            }
        }
        transitions(tk, drafts);
        flags(tk, drafts);
        groups(tk, drafts);
        List<Headcount> out = new ArrayList<>();
        for (Draft d : drafts) {
            CharSpan span = t.view().toSource(tk.get(d.from).start(), tk.get(d.to - 1).end());
            String catText = folded.substring(tk.get(d.from).start(), tk.get(Math.max(d.to, d.categoryTo) - 1).end());
            Set<Category> cats = new LinkedHashSet<>(d.noun == null ? List.of() : d.noun.categories());
            if (d.also != null) {
                cats.addAll(d.also.categories());
            }
            for (CategoryCue c : categoryCues) {
                if (c.pattern().matcher(catText).find()) {
                    cats.add(c.category());
                }
            }
            Headcount.Kind kind = d.noun == null || d.noun.kind() == null ? Headcount.Kind.PERSON : d.noun.kind();
            out.add(new Headcount(span, d.count, d.min, d.max, d.qualifier, d.previous, List.copyOf(cats), kind,
                    d.flags, d.group));
        }
        return out;
    }

    // ---------------------------------------------------------------- one headcount

    private Draft at(List<Token> tk, int i, List<Draft> before) {
        Token t = tk.get(i);
        // "Aantal militairen: 3", "Aantal militairen\n24"
        if (t.is("aantal") && i + 1 < tk.size()) {
            Noun n = noun(tk.get(i + 1).text());
            if (n != null && n.kind() != null) {
                int k = i + 2;
                if (k < tk.size() && tk.get(k).is(":")) {
                    k++;
                }
                Integer v = k < tk.size() && tk.get(k).isNumber() ? Tokens.digits(tk.get(k).text()) : null;
                if (v != null && v > 0) {
                    Draft d = new Draft();
                    d.from = i;
                    d.numberAt = k;
                    d.to = k + 1;
                    d.count = v;
                    d.noun = n;
                    d.flags.add(Flag.LABEL);
                    return d;
                }
            }
        }
        // "een 80-koppig detachement"
        Matcher koppig = KOPPIG.matcher(t.text());
        if (koppig.matches()) {
            Draft d = new Draft();
            d.from = i;
            d.numberAt = i;
            d.to = i + 1;
            d.count = Integer.parseInt(koppig.group(1));
            return d;
        }
        // "vulde (tot 30 september 2011) de functie van Provost Marshall": one person
        if (FUNCTION_VERBS.contains(t.text())) {
            for (int k = i + 1; k + 1 < tk.size() && k <= i + 8; k++) {
                if (tk.get(k).is(".") || tk.get(k).is(";")) {
                    break;
                }
                if (tk.get(k).is("de") && tk.get(k + 1).text().endsWith("functie")) {
                    Draft d = new Draft();
                    d.from = k;
                    d.numberAt = k;
                    d.to = k + 2;
                    d.count = 1;
                    d.flags.add(Flag.FUNCTION);
                    return d;
                }
            }
        }
        Integer value = number(tk, i);
        if (value == null) {
            return null;
        }
        boolean one = t.is("een");
        int j = i + 1;
        // "een dozijn militairen" is 12; "een tiental militairen" about 10 (numerals.tsv: noun, approx)
        Qualifier amount = null;
        if (one && j < tk.size() && tk.get(j).isWord()) {
            Integer counted = numerals.noun(tk.get(j).text());
            Integer rough = numerals.approximate(tk.get(j).text());
            if (counted != null || rough != null) {
                value = counted != null ? counted : rough;
                amount = counted != null ? Qualifier.EXACT : Qualifier.APPROX;
                one = false;
                j++;
            }
        }
        Integer second = null;
        // a range: "twee tot drie", "een of twee", "2 à 3", "2-3"
        if (j + 1 < tk.size() && (tk.get(j).is("tot") || tk.get(j).is("of") || tk.get(j).is("a")
                || tk.get(j).is("-") || tk.get(j).is("\u2013"))) {
            Integer v2 = number(tk, j + 1);
            if (v2 != null && v2 > value) {
                second = v2;
                j += 2;
            }
        }
        if (one && second == null && !singularContext(tk, i)) {
            return null;
        }
        // adjectives and a parenthesis between the number and the noun
        Noun noun = null;
        int nounAt = -1;
        int k = j;
        int steps = 0;
        while (k < tk.size() && steps < 7) {
            Token w = tk.get(k);
            if (w.is("(")) {
                int close = k + 1;
                while (close < tk.size() && !tk.get(close).is(")") && close - k < 8) {
                    close++;
                }
                if (close < tk.size() && tk.get(close).is(")")) {
                    k = close + 1;
                    steps++;
                    continue;
                }
                break;
            }
            if (w.isWord()) {
                Noun n = noun(w.text());
                boolean truncated = k + 2 < tk.size() && tk.get(k + 1).is("-")
                        && (tk.get(k + 2).is("en") || tk.get(k + 2).is("of"));
                if (n != null && n.kind() != null && !truncated) {
                    noun = n;
                    nounAt = k;
                    break;
                }
                if (n != null && n.kind() == null) {
                    // a unit: "een infanteriecompagnie" is no count
                    return null;
                }
                // a second number ("in 2023 drie militairen") starts its own count
                if (!truncated && (!isFiller(w.text()) || numerals.parse(w.text()) != null)) {
                    break;
                }
            } else if (!(w.is("-") || w.is("/") || w.is("&"))) {
                break;
            }
            k++;
            steps++;
        }
        Draft d = new Draft();
        d.numberAt = i;
        if (noun == null) {
            // "twintig aan MINUSMA" after "vier personen aan EUTM Mali"
            Draft listHead = ellipsisHead(tk, i, j, before);
            if (listHead == null) {
                return null;
            }
            d.noun = listHead.noun;
            d.flags.add(Flag.ELLIPTIC);
            d.to = j;
        } else {
            if (one && second == null && !noun.singular()) {
                return null;
            }
            d.noun = noun;
            d.to = nounAt + 1;
            if (one && second == null) {
                d.flags.add(Flag.SINGULAR);
            }
        }
        if (value == 0 && second == null && !(i > 0 && tk.get(i - 1).is("naar"))) {
            return null;
        }
        d.count = second != null ? second : value;
        if (amount != null) {
            d.qualifier = amount;
        }
        if (second != null) {
            d.min = value;
            d.max = second;
            d.qualifier = Qualifier.RANGE;
        }
        // the qualifier before the number
        d.from = i;
        for (int len = 3; len >= 1; len--) {
            if (i - len < 0) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            for (int q = i - len; q < i; q++) {
                if (tk.get(q).is(".")) {
                    continue;
                }
                if (phrase.length() > 0) {
                    phrase.append(' ');
                }
                phrase.append(tk.get(q).text());
            }
            Qualifier qual = qualifiers.get(phrase.toString());
            if (qual != null) {
                if (second == null) {
                    d.qualifier = qual;
                    if (qual == Qualifier.MAX) {
                        d.max = d.count;
                    } else if (qual == Qualifier.MIN) {
                        d.min = d.count;
                    }
                }
                d.from = i - len;
                break;
            }
        }
        // a trailing "(civiel/politie)" or "van de marechaussee, landmacht ..." tells the categories
        d.categoryTo = d.to;
        int c = d.to;
        if (c < tk.size() && tk.get(c).is("(")) {
            int close = c + 1;
            while (close < tk.size() && !tk.get(close).is(")") && close - c < 8) {
                close++;
            }
            if (close < tk.size() && tk.get(close).is(")")) {
                d.to = close + 1;
                d.categoryTo = d.to;
            }
        } else if (c + 1 < tk.size() && tk.get(c).is("van") && tk.get(c + 1).is("de")) {
            int e = c;
            while (e < tk.size() && e - c < 16 && !tk.get(e).is(".") && !tk.get(e).is(";")) {
                e++;
            }
            d.categoryTo = e;
        } else if (c + 1 < tk.size() && (tk.get(c).is("en") || tk.get(c).is("of"))) {
            // a second noun counted together: "vijftien civiele experts en politiefunctionarissen"
            for (int m = c + 1; m < tk.size() && m <= c + 3 && tk.get(m).isWord()
                    && numerals.parse(tk.get(m).text()) == null; m++) {
                Noun n = noun(tk.get(m).text());
                if (n != null && n.kind() != null) {
                    d.also = n;
                    d.to = m + 1;
                    d.categoryTo = d.to;
                    break;
                }
                if (!isFiller(tk.get(m).text())) {
                    break;
                }
            }
        }
        return d;
    }

    /** "een" counts one only before a person noun, not in "een aantal", "een deel", "een of twee". */
    private static boolean singularContext(List<Token> tk, int i) {
        if (i + 1 >= tk.size()) {
            return false;
        }
        String next = tk.get(i + 1).text();
        return !(next.equals("aantal") || next.equals("paar") || next.equals("deel") || next.equals("groot")
                || next.equals("klein"));
    }

    private Integer number(List<Token> tk, int i) {
        Token t = tk.get(i);
        if (t.isNumber()) {
            // not a year, a Kamerstuk number or an amount in a table
            if (i > 0 && (tk.get(i - 1).is("nr") || tk.get(i - 1).is("resolutie") || tk.get(i - 1).is("artikel"))) {
                return null;
            }
            if (i + 1 < tk.size() && (tk.get(i + 1).is(",") && i + 2 < tk.size() && tk.get(i + 2).isNumber())) {
                return null;
            }
            return Tokens.digits(t.text());
        }
        if (!t.isWord()) {
            return null;
        }
        return numerals.parse(t.text());
    }

    private Noun noun(String w) {
        Noun n = nouns.get(w);
        if (n != null) {
            return n;
        }
        if (STOP_NOUN_SUFFIXES.contains(w)) {
            return null;
        }
        for (Noun c : compounds) {
            if (w.length() > c.form().length() + 2 && w.endsWith(c.form())) {
                return c;
            }
        }
        return null;
    }

    private static boolean isFiller(String w) {
        return FILLERS.contains(w) || w.endsWith("e") && w.length() > 3 || w.startsWith("niet-")
                || w.endsWith("-") || w.endsWith("le");
    }

    /** The headcount of a list whose noun this bare number shares: "... personen aan X, twintig aan Y". */
    private static Draft ellipsisHead(List<Token> tk, int i, int j, List<Draft> before) {
        if (j + 1 >= tk.size() || !tk.get(j).is("aan")) {
            return null;
        }
        for (int b = before.size() - 1; b >= 0; b--) {
            Draft d = before.get(b);
            if (d.to > i || i - d.to > 25) {
                break;
            }
            if (d.noun != null && d.to < tk.size() && tk.get(d.to).is("aan")) {
                // nothing but names, commas and "en" between
                for (int k = d.to; k < i; k++) {
                    if (tk.get(k).is(".") || tk.get(k).is(";") || tk.get(k).kind() == Token.Kind.BREAK) {
                        return null;
                    }
                }
                return d;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- changes, flags, lists

    /** "van tien naar vijftien", "van drie naar twee personen", "van ... 145 personen gaan we terug naar circa 20". */
    private void transitions(List<Token> tk, List<Draft> drafts) {
        for (Draft to : drafts) {
            int q = to.from - 1;
            if (q < 0 || !tk.get(q).is("naar")) {
                continue;
            }
            // back to "van", within the clause
            Integer previous = null;
            Draft fromDraft = null;
            for (int k = q - 1; k >= 0 && q - k <= 16; k--) {
                Token w = tk.get(k);
                if (w.is(".") || w.is(";") || w.kind() == Token.Kind.BREAK) {
                    break;
                }
                if (previous == null) {
                    for (Draft f : drafts) {
                        if (f.numberAt == k && f != to) {
                            previous = f.count;
                            fromDraft = f;
                        }
                    }
                    if (previous == null && (w.isNumber() || w.isWord() && numerals.parse(w.text()) != null
                            && !w.is("een"))) {
                        previous = number(tk, k);
                    }
                }
                if (w.is("van") && previous != null) {
                    to.previous = previous;
                    if (fromDraft != null) {
                        fromDraft.flags.add(Flag.FROM);
                    }
                    break;
                }
            }
        }
        // "Het aantal Nederlandse militairen ... daalde daarmee naar 3"
        for (int i = 1; i < tk.size(); i++) {
            if (!tk.get(i).isNumber() || !tk.get(i - 1).is("naar")) {
                continue;
            }
            boolean taken = false;
            for (Draft d : drafts) {
                if (d.numberAt == i) {
                    taken = true;
                }
            }
            if (taken) {
                continue;
            }
            for (int k = i - 2; k >= 0 && i - k <= 20; k--) {
                if (tk.get(k).is(".") || tk.get(k).kind() == Token.Kind.BREAK) {
                    break;
                }
                if (tk.get(k).is("aantal") && k + 2 < tk.size()) {
                    Noun n = null;
                    for (int m = k + 1; m <= k + 3 && m < i; m++) {
                        Noun c = noun(tk.get(m).text());
                        if (c != null && c.kind() != null) {
                            n = c;
                        }
                    }
                    Integer v = Tokens.digits(tk.get(i).text());
                    if (n != null && v != null && v > 0) {
                        Draft d = new Draft();
                        d.from = i;
                        d.numberAt = i;
                        d.to = i + 1;
                        d.categoryTo = i + 1;
                        d.count = v;
                        d.noun = n;
                        drafts.add(d);
                    }
                    break;
                }
            }
        }
        drafts.sort((a, b) -> Integer.compare(a.from, b.from));
    }

    private void flags(List<Token> tk, List<Draft> drafts) {
        for (Draft d : drafts) {
            for (int k = d.numberAt + 1; k < d.to; k++) {
                if (tk.get(k).is("extra") || tk.get(k).is("aanvullende") || tk.get(k).is("additionele")) {
                    d.flags.add(Flag.INCREMENT);
                }
            }
            int b = d.from;
            String w1 = text(tk, b - 1);
            String w2 = text(tk, b - 2);
            if ("al".equals(w1) || "reeds".equals(w1)) {
                d.flags.add(Flag.STANDING);
            }
            if ("tijdelijk".equals(w1) || "tijdelijk".equals(w2)) {
                d.flags.add(Flag.TEMPORARY);
            }
            if ("waarvan".equals(w1) || "daarvan".equals(w1) || "waarvan".equals(w2) || "daarvan".equals(w2)
                    || ("eerste".equals(w1) || "laatste".equals(w1) || "andere".equals(w1) || "overige".equals(w1)
                    || "resterende".equals(w1)) && ("de".equals(w2) || "het".equals(w2))) {
                d.flags.add(Flag.SUBSET);
            }
            // "mandaat van/voor (maximaal) N", "nationaal kader van N"
            for (int k = Math.max(0, b - 3); k < b; k++) {
                if ((tk.get(k).text().endsWith("mandaat") || tk.get(k).is("kader"))
                        && k + 1 < tk.size() && (tk.get(k + 1).is("van") || tk.get(k + 1).is("voor"))) {
                    d.flags.add(Flag.MANDATE);
                }
            }
            // "momenteel", "thans", "op dit moment" just before, in the same clause
            for (int k = Math.max(0, b - 5); k < b; k++) {
                String w = tk.get(k).text();
                if (w.equals(",") || w.equals(".")) {
                    continue;
                }
                if (w.equals("momenteel") || w.equals("thans") || w.equals("nu") && !"tijdelijk".equals(w1)
                        || w.equals("moment") && k >= 2 && tk.get(k - 1).is("dit")) {
                    d.flags.add(Flag.CURRENT);
                }
            }
            // "intensiveren met ongeveer zestig militairen"; "worden ... 2 trainers aan toegevoegd"
            if ("met".equals(w1)) {
                for (int k = Math.max(0, b - 5); k < b - 1; k++) {
                    if (CHANGE_VERBS.contains(tk.get(k).text())) {
                        d.flags.add(Flag.INCREMENT);
                    }
                }
            }
            for (int k = d.to; k < tk.size() && k < d.to + 4; k++) {
                if (tk.get(k).is("toegevoegd") || tk.get(k).is("bijgevoegd")) {
                    d.flags.add(Flag.INCREMENT);
                }
                if (tk.get(k).is(".") || tk.get(k).is(",")) {
                    break;
                }
            }
        }
    }

    /** Headcounts listed one after another ("4 stafofficieren en 2 trainers") share a group number. */
    private static void groups(List<Token> tk, List<Draft> drafts) {
        int next = 0;
        for (int i = 1; i < drafts.size(); i++) {
            Draft a = drafts.get(i - 1);
            Draft b = drafts.get(i);
            if (a.flags.contains(Flag.FROM) || b.flags.contains(Flag.SUBSET) || b.from - a.to > 14
                    || b.from < a.to) {
                continue;
            }
            boolean clean = true;
            for (int k = a.to; k < b.from; k++) {
                Token w = tk.get(k);
                if (w.is(".") || w.is(";") || w.is(":") || w.kind() == Token.Kind.BREAK) {
                    clean = false;
                }
            }
            Token last = tk.get(b.from - 1);
            boolean joined = last.is(",") || last.is("en") || last.is("plus") || last.is("+");
            if (clean && joined) {
                if (a.group < 0) {
                    a.group = next++;
                }
                b.group = a.group;
            }
        }
    }

    private static String text(List<Token> tk, int i) {
        return i >= 0 && i < tk.size() ? tk.get(i).text() : null;
    }
}
