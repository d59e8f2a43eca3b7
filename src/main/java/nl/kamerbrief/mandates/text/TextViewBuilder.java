package nl.kamerbrief.mandates.text;

/** Builds a {@link TextView}: one pass over the source, one map entry per view char. */
final class TextViewBuilder {

    private final String src;
    private final StringBuilder out;
    private int[] map;

    private TextViewBuilder(String src) {
        this.src = src;
        this.out = new StringBuilder(src.length());
        this.map = new int[Math.max(16, src.length() + 1)];
    }

    static TextView build(NormalizedText source) {
        TextViewBuilder b = new TextViewBuilder(source.toString());
        b.run();
        int[] m = new int[b.out.length() + 1];
        System.arraycopy(b.map, 0, m, 0, b.out.length());
        m[b.out.length()] = source.length();
        return new TextView(source, b.out.toString(), m);
    }

    private void emit(char c, int from) {
        if (out.length() + 1 >= map.length) {
            int[] bigger = new int[map.length * 2];
            System.arraycopy(map, 0, bigger, 0, map.length);
            map = bigger;
        }
        map[out.length()] = from;
        out.append(c);
    }

    private void run() {
        int n = src.length();
        int i = 0;
        while (i < n) {
            char c = src.charAt(i);
            if (isIgnorable(c)) {
                i++;
            } else if (c == '\n' || isHorizontalSpace(c)) {
                i = whitespaceRun(i);
            } else if ((c == '-' || c == '\u2010') && lineEndHyphen(i)) {
                i = hyphenAtLineEnd(i);
            } else {
                switch (c) {
                    case '\u2019', '\u2018', '\u201A', '\u2032' -> emit('\'', i);
                    case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> emit('"', i);
                    case '\u2010', '\u2011' -> emit('-', i);
                    case '\uFB01' -> {
                        emit('f', i);
                        emit('i', i);
                    }
                    case '\uFB02' -> {
                        emit('f', i);
                        emit('l', i);
                    }
                    default -> emit(c, i);
                }
                i++;
            }
        }
        // no trailing white space
        while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
    }

    /** Consumes a run of white space starting at {@code i}; emits one space, a line break or a blank line. */
    private int whitespaceRun(int i) {
        int n = src.length();
        int newlines = 0;
        int j = i;
        while (j < n) {
            char c = src.charAt(j);
            if (c == '\n') {
                newlines++;
            } else if (!isHorizontalSpace(c) && !isIgnorable(c)) {
                break;
            }
            j++;
        }
        if (out.length() == 0) {
            return j;
        }
        char last = out.charAt(out.length() - 1);
        if (newlines == 0) {
            if (last != ' ' && last != '\n') {
                emit(' ', i);
            }
        } else {
            // drop a space emitted just before the break
            if (last == ' ') {
                out.setLength(out.length() - 1);
            }
            int at = src.indexOf('\n', i);
            if (newlines >= 2) {
                if (!(out.length() > 0 && out.charAt(out.length() - 1) == '\n')) {
                    emit('\n', at);
                }
                if (!(out.length() > 1 && out.charAt(out.length() - 2) == '\n')) {
                    emit('\n', at);
                }
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                emit('\n', at);
            }
        }
        return j;
    }

    /** A hyphen followed by optional spaces, one line break, optional spaces and a letter. */
    private boolean lineEndHyphen(int i) {
        if (out.length() == 0 || !Character.isLetterOrDigit(out.charAt(out.length() - 1))) {
            return false;
        }
        int j = i + 1;
        int n = src.length();
        while (j < n && isHorizontalSpace(src.charAt(j))) {
            j++;
        }
        if (j >= n || src.charAt(j) != '\n') {
            return false;
        }
        j++;
        while (j < n && isHorizontalSpace(src.charAt(j))) {
            j++;
        }
        return j < n && Character.isLetterOrDigit(src.charAt(j));
    }

    private int hyphenAtLineEnd(int i) {
        int n = src.length();
        int j = i + 1;
        while (j < n && (isHorizontalSpace(src.charAt(j)) || src.charAt(j) == '\n')) {
            j++;
        }
        String left = lastWord();
        int k = j;
        while (k < n && Character.isLetterOrDigit(src.charAt(k))) {
            k++;
        }
        String right = src.substring(j, k);
        if (shortenedList(right)) {
            // "Marechaussee-\nen politiefunctionarissen": the hyphen stands for the shared part; the break is a space
            emit('-', i);
            emit(' ', src.indexOf('\n', i));
        } else if (keepHyphen(left, right)) {
            emit('-', i);
        }
        return j;
    }

    private String lastWord() {
        int k = out.length();
        while (k > 0 && Character.isLetterOrDigit(out.charAt(k - 1))) {
            k--;
        }
        return out.substring(k);
    }

    /**
     * Dutch writes a hyphen in a compound after an acronym or before a capital ("NAVO-missie", "Oost-Oekraïne"),
     * where two vowels would otherwise merge ("politie-experts", "zee-eenheid"), and before "en"/"of" in a
     * shortened list ("Marechaussee- en politiefunctionarissen"). Any other hyphen at a line end is the
     * typesetter's.
     */
    static boolean keepHyphen(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return true;
        }
        char r0 = right.charAt(0);
        char lz = left.charAt(left.length() - 1);
        if (Character.isUpperCase(r0) || Character.isDigit(r0) || Character.isUpperCase(lz) || Character.isDigit(lz)) {
            return true;
        }
        int upper = 0;
        for (int i = 0; i < left.length(); i++) {
            if (Character.isUpperCase(left.charAt(i))) {
                upper++;
            }
        }
        if (upper >= 2) {
            return true;
        }
        if (shortenedList(right)) {
            return true;
        }
        return isVowel(lz) && isVowel(r0);
    }

    /** "en", "of" or "tot" after a hyphen: a shortened list ("land- en zeemacht"), not a compound. */
    private static boolean shortenedList(String right) {
        return right.equals("en") || right.equals("of") || right.equals("tot");
    }

    private static boolean isVowel(char c) {
        return "aeiouyàáâäèéêëìíîïòóôöùúûü".indexOf(Character.toLowerCase(c)) >= 0;
    }

    static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A');
    }

    private static boolean isIgnorable(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '*';
    }
}
