package nl.kamerbrief.mandates.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.kamerbrief.mandates.dataset.DatasetRecord;
import nl.kamerbrief.mandates.dataset.ExtractedRecord;
import nl.kamerbrief.mandates.dataset.Evidence;
import nl.kamerbrief.mandates.dataset.SourceDocument;

/**
 * {@code docs/<name>.html}: one page per document with records: what the document is, its records (mission,
 * action, headcount, dates, page), and its text with each record's evidence marked ({@link EvidenceMarkup}).
 * Opening {@code docs/<name>.html#r<n>} shows the n-th record's evidence, picked out from the others.
 */
final class DocumentPages {

    private DocumentPages() {
    }

    static void write(DocumentIndex index, Path docsDir) throws IOException {
        Files.createDirectories(docsDir);
        for (SourceDocument d : index.documents()) {
            Files.writeString(docsDir.resolve(DocumentIndex.page(d.id())), page(d, index.records(d.id())),
                    StandardCharsets.UTF_8);
        }
    }

    static String page(SourceDocument d, List<DocumentIndex.Entry> records) throws IOException {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(d.id())).append(" · mandates report</title>\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<link rel=\"stylesheet\" href=\"../assets/report.css\">\n")
                .append("<script src=\"../assets/report.js\"></script>\n</head>\n<body data-page=\"document\">\n")
                .append("<nav class=\"back\"><a href=\"../index.html\">&larr; all missions and records</a></nav>\n")
                .append("<header>\n<h1>").append(Html.escape(d.id())).append("</h1>\n<p class=\"meta\">");
        List<String> meta = new ArrayList<>();
        meta.add(d.date() == null ? "undated" : d.date().toString());
        if (d.kamerstuk() != null) {
            meta.add("Kamerstuk " + d.kamerstuk());
        }
        if (d.pages() != null) {
            meta.add(d.pages() + (d.pages() == 1 ? " page" : " pages"));
        }
        if (d.path() != null) {
            meta.add(d.path());
        }
        b.append(Html.escape(String.join(" · ", meta))).append("</p>\n</header>\n");

        b.append("<section id=\"doc-records\">\n<h2>").append(records.size())
                .append(records.size() == 1 ? " record" : " records").append("</h2>\n<ol class=\"records\">\n");
        List<EvidenceMarkup.Highlight> highlights = new ArrayList<>();
        for (DocumentIndex.Entry e : records) {
            ExtractedRecord r = e.record().record();
            String summary = summary(e);
            b.append("<li id=\"rec-").append(r.number()).append("\" data-record=\"").append(r.number())
                    .append("\"><a href=\"#r").append(r.number()).append("\">").append(Html.escape(e.mission().name()))
                    .append("</a>").append(Html.escape(summary.substring(e.mission().name().length())))
                    .append("</li>\n");
            Evidence ev = r.evidence();
            highlights.add(new EvidenceMarkup.Highlight(r.number(), ev.start(), ev.end(), false, ev.page(), summary));
            for (Evidence.Span p : ev.parts()) {
                highlights.add(new EvidenceMarkup.Highlight(r.number(), p.start(), p.end(), true, null, summary));
            }
        }
        b.append("</ol>\n</section>\n<section id=\"doc-text\">\n<h2>Text</h2>\n");
        Path text = d.text();
        if (Files.isRegularFile(text)) {
            b.append("<div class=\"text\" id=\"text\">")
                    .append(EvidenceMarkup.html(Files.readString(text, StandardCharsets.UTF_8), highlights))
                    .append("</div>\n");
        } else {
            b.append("<p class=\"missing\">The text of this document is not in the dataset.</p>\n");
        }
        b.append("</section>\n</body>\n</html>\n");
        return b.toString();
    }

    /** "EUFOR Althea: extend, 8 (max), until 2025-07-31, page 2". */
    static String summary(DocumentIndex.Entry e) {
        DatasetRecord dr = e.record();
        ExtractedRecord r = dr.record();
        List<String> parts = new ArrayList<>();
        parts.add(r.action() == null ? "no action stated" : r.action());
        if (r.personnel().count() != null) {
            parts.add(r.personnel().count() + " people" + (r.personnel().qualifier() == null
                    || "exact".equals(r.personnel().qualifier()) ? "" : " (" + r.personnel().qualifier() + ")"));
        }
        if (r.startDate() != null) {
            parts.add("from " + r.startDate().value());
        }
        if (dr.lastDay() != null) {
            parts.add("until " + dr.lastDay());
        }
        if (r.evidence().page() != null) {
            parts.add("page " + r.evidence().page());
        }
        return e.mission().name() + ": " + String.join(", ", parts);
    }
}
