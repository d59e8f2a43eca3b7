package nl.kamerbrief.mandates.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pieces of Python semantics that {@code score.py} relies on, for JSON values held as plain Java objects:
 * {@code null} (None), {@link Boolean}, {@link BigInteger} (int), {@link Double} (float), {@link String},
 * {@link List} and {@link Map} (with insertion order).
 */
final class Py {

    private Py() {
    }

    // ---------------------------------------------------------------- JSON values

    /** The Python value {@code json.loads} would give for this node ({@code null} for a missing node). */
    static Object value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                map.put(e.getKey(), value(e.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode child : node) {
                list.add(value(child));
            }
            return list;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
    }

    /** {@code get(d, *path)} of score.py: None as soon as a step is not a dict. */
    static Object get(Object d, String... path) {
        for (String k : path) {
            if (!(d instanceof Map)) {
                return null;
            }
            d = ((Map<?, ?>) d).get(k);
        }
        return d;
    }

    static String typeName(Object v) {
        if (v == null) {
            return "NoneType";
        } else if (v instanceof Boolean) {
            return "bool";
        } else if (v instanceof BigInteger) {
            return "int";
        } else if (v instanceof Double) {
            return "float";
        } else if (v instanceof String) {
            return "str";
        } else if (v instanceof List) {
            return "list";
        } else if (v instanceof Map) {
            return "dict";
        }
        return v.getClass().getSimpleName();
    }

    /** Python truth value. */
    static boolean truthy(Object v) {
        if (v == null) {
            return false;
        } else if (v instanceof Boolean) {
            return (Boolean) v;
        } else if (v instanceof BigInteger) {
            return ((BigInteger) v).signum() != 0;
        } else if (v instanceof Double) {
            return (Double) v != 0.0; // NaN is true, as in Python
        } else if (v instanceof String) {
            return !((String) v).isEmpty();
        } else if (v instanceof List) {
            return !((List<?>) v).isEmpty();
        } else if (v instanceof Map) {
            return !((Map<?, ?>) v).isEmpty();
        }
        return true;
    }

    /** Python {@code ==} between two JSON values. */
    static boolean eq(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (isNumber(a) && isNumber(b)) {
            double da = a instanceof Double ? (Double) a : 0.0;
            double db = b instanceof Double ? (Double) b : 0.0;
            if (Double.isNaN(da) || Double.isNaN(db)) {
                return false;
            }
            if (Double.isInfinite(da) || Double.isInfinite(db)) {
                return a instanceof Double && b instanceof Double && da == db;
            }
            return exact(a).compareTo(exact(b)) == 0;
        }
        if (a instanceof String && b instanceof String) {
            return a.equals(b);
        }
        if (a instanceof List && b instanceof List) {
            List<?> la = (List<?>) a;
            List<?> lb = (List<?>) b;
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (la.get(i) != lb.get(i) && !eq(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map && b instanceof Map) {
            Map<?, ?> ma = (Map<?, ?>) a;
            Map<?, ?> mb = (Map<?, ?>) b;
            if (!ma.keySet().equals(mb.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> e : ma.entrySet()) {
                Object other = mb.get(e.getKey());
                if (e.getValue() != other && !eq(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isNumber(Object v) {
        return v instanceof Boolean || v instanceof BigInteger || v instanceof Double;
    }

    private static BigDecimal exact(Object number) {
        if (number instanceof Boolean) {
            return (Boolean) number ? BigDecimal.ONE : BigDecimal.ZERO;
        } else if (number instanceof BigInteger) {
            return new BigDecimal((BigInteger) number);
        }
        return new BigDecimal((Double) number);
    }

    /** Marks None inside hash keys. */
    private enum NoneKey { NONE }

    /**
     * A key whose Java {@code equals}/{@code hashCode} follow Python's for a hashable value (True == 1 == 1.0; every
     * NaN object is distinct); lists and dicts are unhashable, as in Python.
     */
    static Object hashKey(Object v) {
        if (v == null) {
            return NoneKey.NONE;
        } else if (v instanceof Boolean) {
            return (Boolean) v ? BigInteger.ONE : BigInteger.ZERO;
        } else if (v instanceof BigInteger || v instanceof String) {
            return v;
        } else if (v instanceof Double) {
            double d = (Double) v;
            if (Double.isNaN(d)) {
                return new Object();
            }
            if (!Double.isInfinite(d) && d == Math.rint(d)) {
                return new BigDecimal(d).toBigIntegerExact();
            }
            return v;
        }
        throw new IllegalArgumentException("unhashable type: '" + typeName(v) + "'");
    }

    /** Python {@code x in d} for a dict with str keys: TypeError for an unhashable x. */
    static boolean inStrDict(Object x, Map<String, ?> dict) {
        hashKey(x);
        return x instanceof String && dict.containsKey(x);
    }

    // ---------------------------------------------------------------- str and repr

    /** Python {@code str(v)}. */
    static String str(Object v) {
        return v instanceof String ? (String) v : repr(v);
    }

    /** Python {@code repr(v)}. */
    static String repr(Object v) {
        if (v == null) {
            return "None";
        } else if (v instanceof Boolean) {
            return (Boolean) v ? "True" : "False";
        } else if (v instanceof BigInteger) {
            return v.toString();
        } else if (v instanceof Double) {
            return floatRepr((Double) v);
        } else if (v instanceof String) {
            return strRepr((String) v);
        } else if (v instanceof List) {
            return ((List<?>) v).stream().map(Py::repr).collect(Collectors.joining(", ", "[", "]"));
        } else if (v instanceof Map) {
            return ((Map<?, ?>) v).entrySet().stream()
                    .map(e -> repr(e.getKey()) + ": " + repr(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
    }

    /** Python's repr of a str: quotes, escapes and the printable test of {@code unicode_repr}. */
    static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || printable(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xff) {
                b.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        });
        return b.append(quote).toString();
    }

    private static boolean printable(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            case Character.SPACE_SEPARATOR:
                return c == ' ';
            default:
                return true;
        }
    }

    /** Python's {@code repr(float)}: the shortest digits that read back as the same double. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal best = null;
        for (int p = 1; p <= 17 && best == null; p++) {
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal r = exact.round(new MathContext(p, mode));
                if (r.doubleValue() == d && (best == null
                        || r.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = r;
                }
            }
        }
        best = best.stripTrailingZeros();
        String digits = best.unscaledValue().abs().toString();
        int decpt = digits.length() - best.scale();
        StringBuilder b = new StringBuilder();
        if (d < 0) {
            b.append('-');
        }
        if (decpt <= -4 || decpt > 16) {
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            b.append('e').append(exp < 0 ? '-' : '+');
            String e = Integer.toString(Math.abs(exp));
            if (e.length() < 2) {
                b.append('0');
            }
            b.append(e);
        } else if (decpt <= 0) {
            b.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            b.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
        } else {
            b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return b.toString();
    }

    /** Python's {@code f"{x:.3f}"}: the exact binary value rounded half-to-even. */
    static String format3(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return floatRepr(x);
        }
        String s = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        return (x < 0 || (x == 0 && 1 / x < 0)) && !s.startsWith("-") ? "-" + s : s;
    }

    /** Orders strings as Python does: by code point. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    // ---------------------------------------------------------------- str methods

    /** Python's {@code str.isspace} for one code point. */
    static boolean isSpace(int c) {
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }

    /** Python's {@code str.strip()}. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Python's {@code str.splitlines()}. */
    static List<String> splitLines(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                    || c == 0x85 || c == 0x2028 || c == 0x2029) {
                lines.add(s.substring(start, i));
                i += c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < s.length()) {
            lines.add(s.substring(start));
        }
        return lines;
    }

    /** Python's {@code str.split()} without arguments. */
    static List<String> splitWords(String s) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(s.substring(start, i));
            }
        }
        return words;
    }

    /** {@code bytes.decode("utf-8")}: strict, a bad byte is an error. */
    static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    // ---------------------------------------------------------------- fold

    /** Dutch and English spellings that name the same place, folded to one word (PLACE_WORDS of score.py). */
    static final Map<String, String> PLACE_WORDS = placeWords(
        "oekraine", "ukraine", "georgie", "georgia", "somalie", "somalia", "libie", "libya",
        "irak", "iraq", "litouwen", "lithuania", "bosnie", "bosnia", "moldavie", "moldova",
        "armenie", "armenia", "tsjaad", "chad", "tchad", "chad", "soedan", "sudan", "zuid", "south",
        "noord", "north", "afghanistan", "afghanistan", "mali", "mali", "niger", "niger", "kosovo", "kosovo",
        "libanon", "lebanon", "syrie", "syria", "roemenie", "romania", "slowakije", "slovakia",
        "polen", "poland", "estland", "estonia", "letland", "latvia", "centraal", "central",
        "afrikaanse", "african", "republiek", "republic", "congo", "congo", "turkije", "turkey",
        "griekenland", "greece", "jordanie", "jordan", "cyprus", "cyprus", "egypte", "egypt",
        "israel", "israel", "palestijnse", "palestinian", "gebieden", "territories", "ethiopie", "ethiopia",
        "eritrea", "eritrea", "burundi", "burundi", "macedonie", "macedonia", "albanie", "albania",
        "servie", "serbia", "kroatie", "croatia", "hongarije", "hungary", "bulgarije", "bulgaria",
        "rode", "red", "zee", "sea", "middellandse", "mediterranean", "golf", "gulf", "van", "of",
        "en", "and", "de", "the", "democratische", "democratic", "herzegovina", "herzegovina",
        "indische", "indian", "oceaan", "ocean", "hoorn", "horn", "afrika", "africa", "sahel", "sahel",
        "straat", "strait", "hormuz", "hormuz", "balkan", "balkans", "westelijke", "western",
        "oost", "east", "west", "west", "timor", "timor", "ivoorkust", "ivory coast", "zwarte", "black",
        "perzische", "persian", "duitsland", "germany", "frankrijk", "france", "belgie", "belgium",
        "colombia", "colombia", "haiti", "haiti", "liberia", "liberia", "sierra", "sierra", "leone", "leone",
        "rwanda", "rwanda", "uganda", "uganda", "kenia", "kenya", "jemen", "yemen", "iran", "iran",
        "marokko", "morocco", "westelijke sahara", "western sahara", "tunesie", "tunisia", "algerije", "algeria",
        "palestina", "palestine", "gaza", "gaza", "golan", "golan", "sinai", "sinai", "baltische", "baltic",
        "staten", "states", "oekraiense", "ukrainian", "mozambique", "mozambique", "angola", "angola");

    /**
     * Words that only say where (PLACE_TOKENS of score.py): every word of a PLACE_WORDS value except
     * of, and, the, republic.
     */
    static final Set<String> PLACE_TOKENS = PLACE_WORDS.values().stream()
            .flatMap(v -> splitWords(v).stream())
            .filter(w -> !Set.of("of", "and", "the", "republic").contains(w))
            .collect(Collectors.toUnmodifiableSet());

    private static Map<String, String> placeWords(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** {@code fold(name)} of score.py, for any JSON value ({@code name or ""}; a TypeError for other values). */
    static String fold(Object name) {
        if (!truthy(name)) {
            return fold("");
        }
        if (!(name instanceof String)) {
            throw new IllegalArgumentException("normalize() argument 2 must be str, not " + typeName(name));
        }
        return fold((String) name);
    }

    /**
     * NFKD, drop combining marks, lower case, runs of anything but [a-z0-9] to one space, strip, then map each
     * word through PLACE_WORDS.
     */
    static String fold(String name) {
        String nfkd = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(nfkd.length());
        nfkd.codePoints().filter(c -> !combining(c)).forEach(kept::appendCodePoint);
        String lower = kept.toString().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        if (out.length() == 0) {
            return "";
        }
        return splitWords(out.toString()).stream()
                .map(w -> PLACE_WORDS.getOrDefault(w, w))
                .collect(Collectors.joining(" "));
    }

    /**
     * {@code unicodedata.combining(c) != 0} for a code point that is its own canonical decomposition: such a mark is
     * moved before U+0345 (the only mark of class 240, the highest) by canonical reordering, and nothing else is.
     */
    static boolean combining(int c) {
        if (c == 0x345) {
            return true;
        }
        if (c < 0x300) {
            return false;
        }
        int type = Character.getType(c);
        if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK) {
            return false;
        }
        String mark = new String(Character.toChars(c));
        return Normalizer.normalize("\u0345" + mark, Normalizer.Form.NFD).equals(mark + "\u0345");
    }

    // ---------------------------------------------------------------- dates

    /**
     * Whether {@code datetime.date.fromisoformat(s)} (CPython 3.11+, the C implementation) accepts the string: its
     * UTF-8 form is 7, 8 or 10 bytes of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D] (bytes after the parsed ones
     * are not looked at), naming a real day in years 1..9999.
     */
    static boolean isIsoDate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false; // not encodable as UTF-8
            }
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int len = b.length;
        if (len != 7 && len != 8 && len != 10) {
            return false;
        }
        int year = digits(b, 0, 4);
        if (year < 0) {
            return false;
        }
        boolean sep = at(b, 4) == '-';
        int p = sep ? 5 : 4;
        if (at(b, p) == 'W') {
            p++;
            int week = digits(b, p, 2);
            if (week < 0) {
                return false;
            }
            p += 2;
            int day = 1;
            if (p < len) {
                if (sep && at(b, p++) != '-') {
                    return false;
                }
                day = digits(b, p, 1);
                if (day < 0) {
                    return false;
                }
            }
            if (year < 1) {
                return false;
            }
            if (week <= 0 || week >= 53) {
                DayOfWeek first = LocalDate.of(year, 1, 1).getDayOfWeek();
                boolean longYear = first == DayOfWeek.THURSDAY
                        || (first == DayOfWeek.WEDNESDAY && Year.isLeap(year));
                if (week != 53 || !longYear) {
                    return false;
                }
            }
            if (day <= 0 || day >= 8) {
                return false;
            }
            LocalDate jan4 = LocalDate.of(year, 1, 4);
            LocalDate monday = jan4.minusDays(jan4.getDayOfWeek().getValue() - 1L);
            LocalDate date = monday.plusDays((week - 1) * 7L + day - 1);
            return date.getYear() >= 1 && date.getYear() <= 9999;
        }
        int month = digits(b, p, 2);
        if (month < 0) {
            return false;
        }
        p += 2;
        if (sep && at(b, p++) != '-') {
            return false;
        }
        int day = digits(b, p, 2);
        if (day < 0 || year < 1 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= LocalDate.of(year, month, 1).lengthOfMonth();
    }

    /** The byte at i, or 0 past the end (the C string's terminator). */
    private static int at(byte[] b, int i) {
        return i < b.length ? b[i] : 0;
    }

    private static int digits(byte[] b, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            int c = at(b, i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Python's {@code s[:n]} on a str: the first n code points. */
    static String head(String s, int n) {
        int count = s.codePointCount(0, s.length());
        return count <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }
}
