package nl.kamerbrief.mandates.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a document, by OpenNLP's language detector and its pretrained model of 103 languages
 * ({@code opennlp-models-langdetect}). The model is loaded once, on first use, and shared by the threads. Answers an ISO 639-1 code ("nl", "en"), or "und" when the text is too short or the model unsure.
 */
public final class LanguageDetection {

    /** Letters below which a text is too short to tell. */
    private static final int MIN_LETTERS = 40;
    /** The detector reads at most this many characters, from the start. */
    private static final int SAMPLE = 20_000;
    private static final double MIN_CONFIDENCE = 0.2;

    private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

    static {
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                ISO3_TO_ISO1.put(new Locale(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException ignored) {
                // a language without a three-letter code is not one the model knows
            }
        }
    }

    private static final class Holder {
        static final LanguageDetectorModel MODEL = load();
        /** The model is shared; a detector holds state of its own, so each worker thread has one. */
        static final ThreadLocal<LanguageDetectorME> DETECTOR =
                ThreadLocal.withInitial(() -> new LanguageDetectorME(MODEL));

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageDetection.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) {
                    throw new IllegalStateException("the language model langdetect-183.bin is not on the class path");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the language model", e);
            }
        }
    }

    private LanguageDetection() {
    }

    /** The language of {@code text}: an ISO 639-1 code, or "und". */
    public static String of(CharSequence text) {
        String sample = text.length() > SAMPLE ? text.subSequence(0, SAMPLE).toString() : text.toString();
        long letters = sample.chars().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            return "und";
        }
        if (clearlyDutch(sample)) {
            return "nl";
        }
        Language best = Holder.DETECTOR.get().predictLanguage(sample);
        if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
            return "und";
        }
        return ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
    }

    /** Dutch grammar words that English, German and French do not have (articles, pronouns, auxiliaries). */
    private static final java.util.Set<String> DUTCH_GRAMMAR = java.util.Set.of("het", "een", "van", "niet", "wordt",
            "worden", "naar", "bij", "ook", "uit", "tot", "deze", "dit", "heeft", "hebben", "zal", "zullen", "dat",
            "voor", "door", "maar", "nog", "onze", "werd", "met", "zijn");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");

    /**
     * A cheap check before the model: at least 60 words in the first 5,000 characters, one in ten of them a
     * Dutch grammar word, and words with "ij" (which Afrikaans, the nearest language, writes "y": "bij", "by").
     * Ordinary letters pass it, so a run over them never loads the model (start-up); anything else goes to it.
     */
    static boolean clearlyDutch(String sample) {
        java.util.regex.Matcher m = WORD.matcher(sample.length() > 5000 ? sample.substring(0, 5000) : sample);
        int words = 0;
        int grammar = 0;
        int withIj = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(java.util.Locale.ROOT);
            words++;
            if (DUTCH_GRAMMAR.contains(w)) {
                grammar++;
            }
            if (w.contains("ij")) {
                withIj++;
            }
        }
        return words >= 60 && grammar * 10 >= words && withIj >= 2;
    }
}
