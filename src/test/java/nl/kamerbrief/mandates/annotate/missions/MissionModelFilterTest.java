package nl.kamerbrief.mandates.annotate.missions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.EntityMention;
import nl.kamerbrief.mandates.annotate.Texts;
import nl.kamerbrief.mandates.batch.BatchRunner;
import nl.kamerbrief.mandates.batch.InputWalker;
import nl.kamerbrief.mandates.ingest.IngestFailure;
import nl.kamerbrief.mandates.ingest.IngestedDocument;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.ingest.MediaTypes;
import nl.kamerbrief.mandates.ingest.SourceInfo;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trained name finder in the real pipeline ({@code rules/models/missions-nl.bin}): it adds missions the rules
 * do not know, and the filter on its names keeps out what the rules already found and what ends in a common noun.
 */
class MissionModelFilterTest {

    private static final String SEA_SHIELD = "Het kabinet heeft besloten de Nederlandse bijdrage aan Sea Shield "
            + "Baltic te verlengen tot en met 31 december 2027.";
    /** From the 2011 Libya letter; the training data labels "NAVO-operatie" there (see TrainingCorpusTest). */
    private static final String NAVO_OPERATIE = "De NAVO-operatie zal vooralsnog een initiële looptijd van maximaal 3 "
            + "maanden hebben.";

    private static Pipeline withModel;
    private static Pipeline rulesOnly;

    @BeforeAll
    static void pipelines() throws IOException {
        assertNotNull(MissionModel.load(Texts.RULES), "no trained model in rules/models; run ./mandates train");
        withModel = new Pipeline(Texts.RULES, true);
        rulesOnly = new Pipeline(Texts.RULES, false);
    }

    private static AnnotatedText run(Pipeline p, IngestedDocument doc) {
        return p.process(doc).text();
    }

    private static List<EntityMention> fromModel(AnnotatedText t) {
        return t.entities().stream().filter(e -> e.source() == EntityMention.Source.MODEL).toList();
    }

    @Test
    void findsAMissionTheCatalogueDoesNotKnow() {
        IngestedDocument doc = Texts.document("2025-06-20-verlenging", SEA_SHIELD, Map.of());
        AnnotatedText rules = run(rulesOnly, doc);
        assertTrue(rules.entities().stream().noneMatch(EntityMention::isMission),
                () -> "the rules find a mission here, so the model is not needed:\n"
                        + Texts.describe(rules, rules.entities()));

        AnnotatedText t = run(withModel, doc);
        EntityMention m = Texts.only(t, t.entities(), "Sea Shield Baltic");
        assertEquals(EntityMention.Type.MISSION, m.type());
        assertEquals(EntityMention.Source.MODEL, m.source());
        assertEquals("Sea Shield Baltic", m.name());
        assertFalse(m.known());
    }

    @Test
    void aDescriptionIsNoModelName() {
        AnnotatedText t = run(withModel, Texts.document("2011-03-22-libie", NAVO_OPERATIE, Map.of()));
        assertEquals(List.of(), fromModel(t), () -> Texts.describe(t, t.entities()));
    }

    /**
     * Every letter of corpus/ (read as a run reads it) plus the two sentences above: no model name overlaps an
     * entity of the rules, in the same run or in a run without the model, and none ends in a lowercase word.
     */
    @Test
    void modelNamesNeverOverlapTheRulesAndNeverEndInALowercaseWord() throws IOException {
        List<IngestedDocument> docs = new ArrayList<>();
        Ingestion ingestion = Ingestion.standard();
        for (InputWalker.Input in : InputWalker.collect(List.of("corpus"))) {
            Path file = in.path();
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String type = MediaTypes.detect(bytes, bytes.length, name);
            if (bytes.length == 0 || !MediaTypes.isLetterType(type)) {
                continue;
            }
            try {
                docs.add(ingestion.ingest(new SourceInfo(BatchRunner.stem(name), file.toString(), file, "",
                        bytes.length, type), bytes));
            } catch (IngestFailure e) {
                throw new AssertionError(file + " does not ingest", e);
            }
        }
        assertTrue(docs.size() >= 45, "letters: " + docs.size());
        docs.add(Texts.document("2025-06-20-verlenging", SEA_SHIELD, Map.of()));
        docs.add(Texts.document("2011-03-22-libie", NAVO_OPERATIE, Map.of()));

        List<String> problems = new ArrayList<>();
        int modelNames = 0;
        for (IngestedDocument doc : docs) {
            AnnotatedText t = run(withModel, doc);
            List<EntityMention> ruleEntities = new ArrayList<>(run(rulesOnly, doc).entities());
            t.entities().stream().filter(e -> e.source() != EntityMention.Source.MODEL).forEach(ruleEntities::add);
            for (EntityMention m : fromModel(t)) {
                modelNames++;
                String written = Texts.covered(t, m);
                for (EntityMention r : ruleEntities) {
                    if (r.span().overlaps(m.span())) {
                        problems.add(doc.source().id() + ": [" + written + "] overlaps the rules' [" + r.name()
                                + " " + r.source() + " " + r.span() + "]");
                    }
                }
                String[] parts = written.strip().split("[\\s/-]+");
                String last = parts[parts.length - 1];
                if (last.isEmpty() || Character.isLowerCase(last.codePointAt(0))) {
                    problems.add(doc.source().id() + ": [" + written + "] ends in a lowercase word");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(modelNames >= 1, "the model named nothing at all");
    }
}
