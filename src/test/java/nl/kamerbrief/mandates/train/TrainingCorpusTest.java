package nl.kamerbrief.mandates.train;

import static nl.kamerbrief.mandates.train.TrainingFixtures.compact;
import static nl.kamerbrief.mandates.train.TrainingFixtures.labels;
import static nl.kamerbrief.mandates.train.TrainingFixtures.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.EntityMention;
import nl.kamerbrief.mandates.annotate.Segment;
import nl.kamerbrief.mandates.annotate.Texts;
import nl.kamerbrief.mandates.annotate.missions.MissionModel;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training data: each letter's candidate sentences labelled with the mission names the rules find (catalogue
 * names, aliases, patterns), descriptions left unlabelled, members' questions left out, and files read as a run
 * reads them. Expected names and sentences checked by hand against the letters in corpus/.
 */
class TrainingCorpusTest {

    private static final String ALTHEA = "2022-06-17-kennisgeving-eufor-althea";
    private static final String NTM_I = "2010-02-01-brief-verlenging-ntm-i-irak";

    /**
     * A temp corpus: the EUFOR Althea letter at the top, the NTM-I letter in a subfolder, and copies of other real
     * letters in gold/, sub/gold/ and hidden folders, plus an empty file; only the first two are read, in path order.
     */
    @Test
    void readWalksTheFolderSkippingGoldHiddenAndEmptyFiles(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("corpus", ALTHEA + ".txt"), dir.resolve(ALTHEA + ".txt"));
        Files.createDirectories(dir.resolve("sub/gold"));
        Files.copy(Path.of("corpus/more", NTM_I + ".txt"), dir.resolve("sub/" + NTM_I + ".txt"));
        Files.createDirectories(dir.resolve("gold"));
        Files.copy(Path.of("corpus/more/2013-04-10-brief-ocean-shield-helikopter.txt"),
                dir.resolve("gold/2013-04-10-brief-ocean-shield-helikopter.txt"));
        Files.copy(Path.of("corpus/more/2015-01-30-nieuws-unmiss-verlenging-rijksoverheid.txt"),
                dir.resolve("sub/gold/2015-01-30-nieuws-unmiss-verlenging-rijksoverheid.txt"));
        Files.createDirectories(dir.resolve(".hidden"));
        Files.copy(Path.of("corpus/more/2014-kamerbrief-passage-baltic-air-policing.txt"),
                dir.resolve(".hidden/2014-kamerbrief-passage-baltic-air-policing.txt"));
        Files.copy(Path.of("corpus/more/2003-02-07-brief-patriots-turkije.txt"),
                dir.resolve(".2003-02-07-brief-patriots-turkije.txt"));
        Files.writeString(dir.resolve("2000-01-01-leeg.txt"), "");

        List<LabelledDocument> docs = TrainingCorpus.read(dir, TrainingFixtures.RULES);

        assertEquals(List.of(ALTHEA, NTM_I), docs.stream().map(LabelledDocument::id).toList());
        // "... de Nederlandse bijdrage van vijf militairen ten behoeve van de NAVO-trainingsmissiein Irak (NTM-I)
        // per 1 januari 2010 met een jaar te verlengen ..."
        NameSample ntm = sentence(docs.get(1), "per 1 januari 2010");
        assertEquals(List.of("NTM-I"), labels(ntm));
        assertTrue(docs.get(1).names().contains("NTM-I"), () -> docs.get(1).names().toString());
    }

    /**
     * The EUFOR Althea letter names the mission three times, each in a sentence with a number: "uitbreiding van de
     * militaire EU-operatie EUFOR Althea" (2022–2025), "EUFOR Althea is sinds 2004 gemandateerd" and "bijdrage aan
     * EUFOR Althea, gericht op de periode tot en met 31 juli 2025".
     */
    @Test
    void altheaLetterLabelsTheMissionWhereverItIsNamed() {
        LabelledDocument d = TrainingFixtures.doc(ALTHEA);

        NameSample target = sentence(d, "gericht op de periode tot en met 31 juli 2025");
        assertEquals(List.of("EUFOR Althea"), labels(target));
        int at = List.of(target.getSentence()).indexOf("EUFOR");
        assertEquals(new Span(at, at + 2, MissionModel.TYPE), target.getNames()[0]);
        assertEquals("aan", target.getSentence()[at - 1]);

        NameSample subject = sentence(d, "is sinds 2004 gemandateerd");
        assertEquals(List.of("EUFOR Althea"), labels(subject));
        assertEquals(0, subject.getNames()[0].getStart());
        assertEquals(2, subject.getNames()[0].getEnd());

        NameSample first = sentence(d, "uitbreiding van de militaire");
        assertEquals(1, first.getNames().length, () -> first.toString());
        assertTrue(labels(first).get(0).endsWith("EUFOR Althea"), () -> first.toString());

        assertEquals(3, d.nameCount(), () -> d.sentences().toString());
        assertTrue(d.names().contains("EUFOR Althea"), () -> d.names().toString());
        assertTrue(d.names().stream().allMatch(n -> n.endsWith("EUFOR Althea")), () -> d.names().toString());
        // the sentences without the name have no label
        assertEquals(0, sentence(d, "nieuwe behoefte aan stafofficieren").getNames().length);
    }

    /** Each label is, word for word, a mission the rules found by name in that letter, in text order. */
    @Test
    void labelsAreTheWrittenNamesTheRulesFound() {
        AnnotatedText t = Texts.run(ALTHEA, Texts.corpus(ALTHEA + ".txt")).text();
        List<String> found = t.entities().stream()
                .filter(e -> e.isMission() && TrainingCorpus.NAME_SOURCES.contains(e.source()))
                .map(e -> Texts.covered(t, e).replaceAll("\\s+", " ")).toList();
        assertEquals(3, found.size(), () -> Texts.describe(t, t.entities()));

        LabelledDocument d = TrainingCorpus.label(ALTHEA, t, MissionModel.candidateCue(TrainingFixtures.RULES));
        List<String> labelled = new ArrayList<>();
        d.sentences().forEach(s -> labelled.addAll(labels(s)));
        assertEquals(found, labelled);
        assertEquals(new HashSet<>(found), d.names());
    }

    /**
     * 2018 letter: "het mandaat voor de EU-trainingsmissie in de Sahel te hernieuwen met een bijdrage van vijf
     * militairen" and "de bijdrage aan de EU-capaciteitsopbouwmissies in de Sahel voort te zetten [...] naar 15
     * functionarissen" are descriptions (the rules resolve them, source DESCRIPTION), not names: no label.
     */
    @Test
    void descriptionsAreNotLabelled() {
        String id = "2018-06-toekomstige-bijdragen-missies";
        AnnotatedText t = Texts.run(id, Texts.corpus(id + ".txt")).text();
        assertTrue(t.entities().stream().anyMatch(e -> e.isMission()
                        && e.source() == EntityMention.Source.DESCRIPTION
                        && Texts.covered(t, e).replaceAll("\\s+", "").equals("EU-trainingsmissieindeSahel")),
                () -> "the rules no longer resolve the description; test premise gone:\n"
                        + Texts.describe(t, t.entities()));

        LabelledDocument d = TrainingFixtures.doc(id);
        NameSample training = sentence(d, "EU-trainingsmissie in de Sahel te hernieuwen");
        assertEquals(List.of(), labels(training));
        NameSample capacity = sentence(d, "EU-capaciteitsopbouwmissies in de Sahel voort te zetten");
        assertEquals(List.of(), labels(capacity));
        // the next sentence names MINUSMA, which is labelled
        assertEquals(List.of("MINUSMA"), labels(sentence(d, "Om de inzet in MINUSMA te bestendigen")));
    }

    /**
     * 2011 Libya letter: "De NAVO-operatie zal vooralsnog een initiële looptijd van maximaal 3 maanden hebben." The
     * letter never names the operation; "de NAVO-operatie" is a description (the rules tie it to a mission by
     * coreference) and, like "de trainingsmissie in Irak", should not be trained on as a name.
     */
    @Test
    void descriptionsResolvedByCoreferenceAreNotLabelled() {
        LabelledDocument d = TrainingFixtures.doc("2011-03-22-artikel100-libie-wapenembargo-navo");
        NameSample s = sentence(d, "initiële looptijd van maximaal 3 maanden");
        assertEquals(List.of(), labels(s), () -> "a description labelled as a name: " + s);
    }

    /** A labelled name with a bracket it does not close (or closes without opening) is a cut-off name. */
    @Test
    void labelledNamesHaveBalancedBrackets() {
        List<String> broken = new ArrayList<>();
        for (LabelledDocument d : TrainingFixtures.all()) {
            for (NameSample s : d.sentences()) {
                for (String name : labels(s)) {
                    int depth = 0;
                    boolean bad = false;
                    for (String w : name.split(" ")) {
                        depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
                        bad |= depth < 0;
                    }
                    if (bad || depth != 0) {
                        broken.add(d.id() + ": [" + name + "]");
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void firstSampleOfEachLetterClearsAdaptiveDataAndNoOtherDoes() {
        int letters = 0;
        for (LabelledDocument d : TrainingFixtures.all()) {
            List<NameSample> s = d.sentences();
            for (int i = 0; i < s.size(); i++) {
                assertEquals(i == 0, s.get(i).isClearAdaptiveDataSet(), d.id() + " sample " + i);
            }
            letters += s.isEmpty() ? 0 : 1;
        }
        assertTrue(letters >= 40, "letters with samples: " + letters);
    }

    /**
     * The verslag's members' questions are no samples. "... vanwege de focus op hoofdtaak 1 van de krijgsmacht"
     * (GroenLinks-PvdA) and "toenemend belang van hoofdtaak 1" (SGP) hold a number, so only the question marking
     * keeps them out; the government's answers ("27. Antwoord van het kabinet: Zie antwoord 1 en 15.") are in.
     */
    @Test
    void membersQuestionsAreNotSamples() {
        String id = "2025-05-verslag-so-inzet-2025-2028";
        LabelledDocument d = TrainingFixtures.doc(id);
        List<String> texts = d.sentences().stream().map(s -> String.join(" ", s.getSentence())).toList();
        assertTrue(texts.stream().noneMatch(x -> x.contains("hoofdtaak 1")),
                () -> texts.stream().filter(x -> x.contains("hoofdtaak")).toList().toString());
        assertTrue(texts.stream().anyMatch(x -> x.contains("een aantal uitgangspunten geformuleerd")));
        assertTrue(texts.stream().anyMatch(x -> x.endsWith("Antwoord van het kabinet : Zie antwoord 1 en 15 .")),
                texts::toString);

        // every question segment the cue would take is absent
        AnnotatedText t = Texts.run(id, Texts.corpus(id + ".txt")).text();
        Pattern cue = MissionModel.candidateCue(TrainingFixtures.RULES);
        Set<String> samples = new HashSet<>();
        d.sentences().forEach(s -> samples.add(String.join("", s.getSentence())));
        int questions = 0;
        int statements = 0;
        for (Segment seg : t.segments()) {
            if (!cue.matcher(t.view().foldedText(seg.span())).find()) {
                continue;
            }
            String text = compact(t.view().viewText(seg.span()));
            if (seg.question()) {
                questions++;
                assertFalse(samples.contains(text), () -> "question is a sample: " + text);
            } else if (samples.contains(text)) {
                statements++;
            }
        }
        assertTrue(questions >= 5, "question segments with a cue: " + questions);
        // the comparison sees the samples at all: the answers with a cue are found among them
        assertEquals(d.sentences().size(), statements, "answer segments found among the samples");
    }
}
