package nl.kamerbrief.mandates.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.EntityMention;
import nl.kamerbrief.mandates.annotate.Tokens;
import nl.kamerbrief.mandates.annotate.missions.MissionModel;
import nl.kamerbrief.mandates.annotate.missions.ModelSentence;
import nl.kamerbrief.mandates.batch.BatchRunner;
import nl.kamerbrief.mandates.batch.InputWalker;
import nl.kamerbrief.mandates.ingest.IngestFailure;
import nl.kamerbrief.mandates.ingest.IngestedDocument;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.ingest.MediaTypes;
import nl.kamerbrief.mandates.ingest.SourceInfo;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.rules.RuleSet;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a corpus folder into labelled documents: each letter through the rule stages (no model), its candidate
 * sentences as the runtime builds them ({@link ModelSentence}), and as names the missions the rules found by
 * catalogue name, alias, pattern or coreference, where the words have a name's shape ({@link MissionModel#nameShaped})
 * and whole brackets. Descriptions ("de trainingsmissie in Irak", "de NAVO-operatie") and unnamed deployments are
 * no names and stay unlabelled. Files are read as a run reads them ({@link InputWalker}: path
 * order, {@code gold/} and hidden folders skipped), so the data is the same on every machine.
 */
public final class TrainingCorpus {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingCorpus.class);

    /** The sources whose spans are names. */
    static final Set<EntityMention.Source> NAME_SOURCES = EnumSet.of(EntityMention.Source.ALIAS,
            EntityMention.Source.CONTEXT_ALIAS, EntityMention.Source.PATTERN, EntityMention.Source.COREFERENCE,
            EntityMention.Source.LABEL);

    private TrainingCorpus() {
    }

    /** The letters under {@code dir} (recursively; {@code gold/} and hidden folders skipped), labelled. */
    public static List<LabelledDocument> read(Path dir, RuleSet rules) throws IOException {
        Pipeline pipeline = new Pipeline(rules, false);
        Pattern cue = MissionModel.candidateCue(rules);
        Ingestion ingestion = Ingestion.standard();
        List<LabelledDocument> out = new ArrayList<>();
        for (InputWalker.Input in : InputWalker.collect(List.of(dir.toString()))) {
            Path file = in.path();
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String type = MediaTypes.detect(bytes, bytes.length, name);
            if (bytes.length == 0 || !MediaTypes.isLetterType(type)) {
                continue;
            }
            IngestedDocument doc;
            try {
                doc = ingestion.ingest(new SourceInfo(BatchRunner.stem(name), file.toString(), file, "", bytes.length, type),
                        bytes);
            } catch (IngestFailure e) {
                LOG.warn("{}: not used for training: {}", file, e.getMessage());
                continue;
            }
            out.add(label(doc.source().id(), pipeline.process(doc).text(), cue));
        }
        return out;
    }

    /** One annotated letter as training sentences. */
    static LabelledDocument label(String id, AnnotatedText t, Pattern cue) {
        List<EntityMention> names = t.entities().stream()
                .filter(e -> e.type() == EntityMention.Type.MISSION && NAME_SOURCES.contains(e.source()))
                .toList();
        List<NameSample> samples = new ArrayList<>();
        Set<String> written = new LinkedHashSet<>();
        for (ModelSentence s : ModelSentence.candidates(t, Tokens.of(t.view().folded()), cue)) {
            List<Span> spans = new ArrayList<>();
            for (EntityMention e : names) {
                int from = s.wordStartingAt(e.span().start());
                int to = s.wordEndingAt(e.span().end());
                if (from < 0 || to < from) {
                    continue;
                }
                Span span = new Span(from, to + 1, MissionModel.TYPE);
                String[] words = java.util.Arrays.copyOfRange(s.words(), from, to + 1);
                if (!MissionModel.nameShaped(words) || !balanced(words)) {
                    continue;
                }
                if (spans.stream().noneMatch(o -> o.intersects(span))) {
                    spans.add(span);
                    written.add(String.join(" ", java.util.Arrays.copyOfRange(s.words(), from, to + 1)));
                }
            }
            spans.sort(Comparator.naturalOrder());
            samples.add(new NameSample(id, s.words(), spans.toArray(Span[]::new), null, samples.isEmpty()));
        }
        return new LabelledDocument(id, samples, written);
    }

    /** Brackets that open and close inside the name, and none first ("(EUAM) Irak" is a cut, not a name). */
    static boolean balanced(String[] words) {
        int depth = 0;
        for (String w : words) {
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0 && !words[0].equals("(");
    }
}
