package nl.kamerbrief.mandates.ingest.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds {@code rules/words-nl.txt}, the Dutch word list that decides line-end hyphens in PDFs: the stems of a
 * hunspell dictionary (Debian {@code hunspell-nl}: {@code /usr/share/hunspell/nl.dic}) with their affix flags
 * stripped, plus the words of the text files ({@code .txt}, {@code .md}) under a corpus folder. Only words of letters
 * (two or more) are kept, lower-cased and sorted. In the corpus texts the two halves of a word hyphenated at a line
 * end ("missiebij-" / "dragen") are left out: they are fragments, not words.
 *
 * <p>Run {@code main(dicFile, corpusDir, outFile)} to write the file; the header records how it was built.
 */
public final class WordListBuilder {

    /** A word hyphenated at a line end: its first part, the hyphen, the line break and its second part. */
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(\\S*)[-\u00AD][ \\t]*\\r?\\n[ \\t]*(\\S*)");

    private WordListBuilder() {
    }

    /** The sorted, distinct words of a hunspell dictionary and of the text files under {@code corpusDir}. */
    public static List<String> build(Path dicFile, Path corpusDir) throws IOException {
        TreeSet<String> words = new TreeSet<>();
        if (dicFile != null) {
            words.addAll(hunspellWords(dicFile));
        }
        if (corpusDir != null) {
            words.addAll(corpusWords(corpusDir));
        }
        return new ArrayList<>(words);
    }

    /** The stems of a hunspell {@code .dic} file: the first line (the count) skipped, "/flags" and "\tmorphology" cut. */
    public static TreeSet<String> hunspellWords(Path dicFile) throws IOException {
        TreeSet<String> words = new TreeSet<>();
        try (BufferedReader r = Files.newBufferedReader(dicFile, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line != null && !line.strip().matches("\\d+")) {
                addWord(words, stem(line));
            }
            while ((line = r.readLine()) != null) {
                addWord(words, stem(line));
            }
        }
        return words;
    }

    private static String stem(String dicLine) {
        String s = dicLine;
        int slash = s.indexOf('/');
        if (slash >= 0) {
            s = s.substring(0, slash);
        }
        int tab = s.indexOf('\t');
        if (tab >= 0) {
            s = s.substring(0, tab);
        }
        return s.strip();
    }

    /** The words of the {@code .txt} and {@code .md} files under a folder, without the halves of line-end hyphenation. */
    public static TreeSet<String> corpusWords(Path corpusDir) throws IOException {
        TreeSet<String> words = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpusDir)) {
            files = s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".txt") || n.endsWith(".md");
            }).sorted().toList();
        }
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                continue;
            }
            // the halves of a word split at a line end are fragments: cut them out before taking words
            Matcher m = LINE_END_HYPHEN.matcher(text);
            text = m.replaceAll(" ");
            for (String token : text.split("[^\\p{L}]+")) {
                addWord(words, token);
            }
        }
        return words;
    }

    private static void addWord(TreeSet<String> words, String w) {
        if (w.length() < 2) {
            return;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return;
            }
        }
        words.add(w.toLowerCase(Locale.ROOT));
    }

    /** Writes the list with a header of '#' lines saying how it was built. */
    public static void write(List<String> words, Path out, List<String> header) throws IOException {
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (String h : header) {
                w.write("# " + h + "\n");
            }
            for (String word : words) {
                w.write(word);
                w.write('\n');
            }
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The installed version of a Debian package, or "unknown". */
    public static String debianVersion(String pkg) {
        try {
            Process p = new ProcessBuilder("dpkg-query", "-W", "-f=${Version}", pkg)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "unknown";
            }
            String v = new String(out, StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 && !v.isEmpty() ? v : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** Builds the list from a hunspell dictionary and a corpus folder and writes it; says what it wrote. */
    public static String rebuild(Path dic, Path corpus, Path out) throws IOException {
        int fromDic = hunspellWords(dic).size();
        int fromCorpus = corpusWords(corpus).size();
        List<String> words = build(dic, corpus);
        write(words, out, List.of(
                "Dutch words for undoing line-end hyphenation in PDFs: one lower-case word per line.",
                "Built by nl.kamerbrief.mandates.ingest.pdf.WordListBuilder (mandates rules words) from",
                "  " + dic.getFileName() + " (Debian hunspell-nl " + debianVersion("hunspell-nl") + "): " + fromDic
                        + " stems, affix flags stripped, words of letters only, length >= 2, lower-cased;",
                "  the .txt and .md files under " + corpus + "/: " + fromCorpus
                        + " words, without the halves of words hyphenated at a line end.",
                words.size() + " words, sorted."));
        return out + ": " + words.size() + " words (" + fromDic + " from " + dic + ", " + fromCorpus + " from "
                + corpus + ")";
    }

    /** {@code WordListBuilder <nl.dic> <corpus dir> <out file>}: writes the word list. */
    public static void main(String[] args) {
        Path dic = Path.of(args.length > 0 ? args[0] : "/usr/share/hunspell/nl.dic");
        Path corpus = Path.of(args.length > 1 ? args[1] : "corpus");
        Path out = Path.of(args.length > 2 ? args[2] : "rules/words-nl.txt");
        try {
            System.out.println(rebuild(dic, corpus, out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
