package nl.kamerbrief.mandates.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.kamerbrief.mandates.annotate.ActionCue;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.DateMention;
import nl.kamerbrief.mandates.annotate.EntityMention;
import nl.kamerbrief.mandates.annotate.FrameCue;
import nl.kamerbrief.mandates.annotate.Headcount;
import nl.kamerbrief.mandates.annotate.Segment;
import nl.kamerbrief.mandates.assemble.MandateRecord;
import nl.kamerbrief.mandates.batch.BatchRunner;
import nl.kamerbrief.mandates.ingest.IngestedDocument;
import nl.kamerbrief.mandates.ingest.MediaTypes;
import nl.kamerbrief.mandates.ingest.SourceInfo;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mandates explain}: shows every layer of one letter, statement by statement, and its records. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        header = "Show how one letter was read, sentence by sentence, and its records.",
        description = {"Show how one letter was read: each sentence or list item with the missions, numbers,",
                "dates, decisions and cues found in it, then the records. For checking and tuning rules."})
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    Common common;

    @Option(names = "--no-model", description = "Do not run the trained mission name finder.")
    boolean noModel;

    @Option(names = "--all", description = "Show sentences in which nothing was found too.")
    boolean all;

    @Mixin
    Limits limits;

    @Parameters(paramLabel = "FILE", description = "One letter.")
    Path file;

    @Override
    public Integer call() throws Exception {
        common.applyLogLevel();
        RuleSet rules = RuleSet.load(common.rulesDir());
        Pipeline pipeline = new Pipeline(rules, !noModel);
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String type = MediaTypes.detect(bytes, bytes.length, name);
        IngestedDocument doc = limits.ingestion(rules).ingest(new SourceInfo(BatchRunner.stem(name), file.toString(),
                file, "", bytes.length, type), bytes);
        Pipeline.Result r = pipeline.process(doc);
        AnnotatedText t = r.text();
        PrintWriter out = common.out();
        var h = t.header();
        out.printf("document %s date=%s (%s) kamerstuk=%s anchor=%s%n", t.context().id(), h.date(), h.dateSource(),
                h.kamerstuk(), h.anchor());
        for (Segment s : t.segments()) {
            var ents = AnnotatedText.within(t.entities(), s.span());
            var counts = AnnotatedText.within(t.headcounts(), s.span());
            var dates = AnnotatedText.within(t.dates(), s.span());
            var acts = AnnotatedText.within(t.actions(), s.span());
            var frames = AnnotatedText.within(t.frames(), s.span());
            if (!all && ents.isEmpty() && counts.isEmpty() && dates.isEmpty()) {
                continue;
            }
            String text = t.view().viewText(s.span()).replace('\n', ' ');
            out.printf("%n#%d %s p%d sec%d%s %s%n", s.index(), s.kind(), s.paragraph(), s.section(),
                    s.question() ? " QUESTION" : "", text.length() > 240 ? text.substring(0, 240) + "..." : text);
            for (EntityMention e : ents) {
                out.printf("   entity %-10s %-14s %-10s %s%s [%s]%n", e.type(), e.source(), e.role(), e.name(),
                        e.known() ? "" : " (unknown)", t.text().substring(e.span()));
            }
            for (Headcount c : counts) {
                out.printf("   count  %d %s prev=%s %s %s%s [%s]%n", c.count(), c.qualifier(), c.previous(),
                        c.categories(), c.flags(), c.group() >= 0 ? " group" + c.group() : "",
                        t.text().substring(c.span()));
            }
            for (DateMention d : dates) {
                out.printf("   date   %-8s end=%s %s incl=%s start=%s dur=%s (%s) [%s]%n", d.role(), d.endDay(),
                        d.endPrecision(), d.inclusive(), d.startDay(), d.duration(), d.rule(),
                        t.text().substring(d.span()));
            }
            for (ActionCue a : acts) {
                out.printf("   action %s %s [%s]%n", a.action(), a.scope(), t.text().substring(a.span()));
            }
            for (FrameCue f : frames) {
                out.printf("   frame  %s [%s]%n", f.frame(), t.text().substring(f.span()));
            }
        }
        out.printf("%nrecords:%n");
        for (MandateRecord m : r.records()) {
            out.printf("  %-28s %-9s count=%s %s prev=%s end=%s %s%n      \"%s\"%n", m.mission().name(), m.action(),
                    m.personnel().count(), m.personnel().qualifier(), m.personnel().previous(),
                    m.endDate() == null ? null : m.endDate().value(), m.mission().known() ? "" : "(unknown)",
                    m.evidence().quote().replace('\n', ' '));
        }
        return 0;
    }
}
