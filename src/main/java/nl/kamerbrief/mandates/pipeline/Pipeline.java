package nl.kamerbrief.mandates.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Annotator;
import nl.kamerbrief.mandates.annotate.DocumentContext;
import nl.kamerbrief.mandates.annotate.DutchNumerals;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.annotate.actions.ActionAnnotator;
import nl.kamerbrief.mandates.annotate.dates.DateAnnotator;
import nl.kamerbrief.mandates.annotate.frames.FrameAnnotator;
import nl.kamerbrief.mandates.annotate.headcounts.HeadcountAnnotator;
import nl.kamerbrief.mandates.annotate.header.HeaderAnnotator;
import nl.kamerbrief.mandates.annotate.missions.MissionAnnotator;
import nl.kamerbrief.mandates.annotate.missions.MissionModel;
import nl.kamerbrief.mandates.annotate.segments.Segmenter;
import nl.kamerbrief.mandates.assemble.Assembler;
import nl.kamerbrief.mandates.assemble.MandateRecord;
import nl.kamerbrief.mandates.ingest.IngestedDocument;
import nl.kamerbrief.mandates.rules.RuleSet;

/**
 * The text-to-records chain, built once from the rules: header, segments, dates, missions, headcounts, actions,
 * frames, then the assembler. The order is checked at construction (CoreNLP's requirement check): every
 * annotator's layers must be there before it runs, so a wrong order fails at start-up, not at file one.
 * Immutable and safe to share between threads; the time each stage takes is returned per document.
 */
public final class Pipeline {

    private final List<Annotator> stages;
    private final Assembler assembler = new Assembler();
    private final String rulesDigest;

    /** The result of one document: its annotated text, its records, and milliseconds per stage. */
    public record Result(AnnotatedText text, List<MandateRecord> records, Map<String, Long> stageNanos) {
    }

    public Pipeline(RuleSet rules, boolean useModel) throws IOException {
        DutchNumerals numerals = new DutchNumerals(rules);
        MissionModel model = useModel ? MissionModel.load(rules) : null;
        this.stages = List.of(
                new HeaderAnnotator(rules),
                new Segmenter(rules),
                new DateAnnotator(rules, numerals),
                new MissionAnnotator(rules, model),
                new HeadcountAnnotator(rules, numerals),
                new ActionAnnotator(rules),
                new FrameAnnotator(rules));
        check(stages);
        this.rulesDigest = rules.digest();
    }

    /** Fails when an annotator runs before a layer it reads, or two add the same layer. */
    static void check(List<Annotator> stages) {
        Set<Layer> done = EnumSet.noneOf(Layer.class);
        for (Annotator a : stages) {
            for (Layer need : a.requires()) {
                if (!done.contains(need)) {
                    throw new IllegalStateException(a.getClass().getSimpleName() + " needs layer " + need
                            + ", which no earlier stage adds");
                }
            }
            if (!done.add(a.adds())) {
                throw new IllegalStateException("layer " + a.adds() + " is added twice");
            }
        }
        for (Layer need : Assembler.REQUIRES) {
            if (!done.contains(need)) {
                throw new IllegalStateException("the assembler needs layer " + need);
            }
        }
    }

    public Result process(IngestedDocument doc) {
        DocumentContext ctx = DocumentContext.of(doc.source().id(), doc.metadata());
        AnnotatedText t = AnnotatedText.of(ctx, doc.text(), doc.pages());
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (Annotator a : stages) {
            long s = System.nanoTime();
            t = t.with(a.adds(), a.annotate(t));
            nanos.put(a.adds().name().toLowerCase(), System.nanoTime() - s);
        }
        long s = System.nanoTime();
        List<MandateRecord> records = new ArrayList<>(assembler.assemble(t));
        nanos.put("assemble", System.nanoTime() - s);
        return new Result(t, records, nanos);
    }

    public String rulesDigest() {
        return rulesDigest;
    }
}
