package nl.kamerbrief.mandates.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import nl.kamerbrief.mandates.dataset.Dataset;

/**
 * {@code index.html}: the page skeleton (timeline, filters, table, flags) and the summary as inline JSON, which
 * {@code assets/report.js} draws; the records come from the chunks when the table needs them.
 */
final class IndexPage {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private IndexPage() {
    }

    static String html(Dataset dataset, ObjectNode summary) throws IOException {
        String counts = String.format(java.util.Locale.ROOT, "%,d letters · %,d missions · %,d records · %,d flags · as of %s",
                dataset.documents().size(), dataset.missions().size(), dataset.recordCount(), dataset.flagCount(),
                dataset.asOf());
        return """
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Mandates report</title>
                <link rel="icon" href="data:,">
                <link rel="stylesheet" href="assets/report.css">
                <script src="assets/report.js"></script>
                </head>
                <body data-page="index">
                <header>
                <h1>Dutch contributions to international missions</h1>
                <p class="meta">%s</p>
                <noscript><p class="missing">This report draws its timeline and table with JavaScript; allow scripts
                for files opened from disk.</p></noscript>
                </header>
                <section id="timeline-section">
                <h2>Timeline</h2>
                <p class="hint">One row per mission, one bar per record: from its start (or its letter's date) to its
                last day, labelled with the headcount. A dot is a record with one date only. Click a bar for its
                evidence, a mission's name to list its records.</p>
                <div id="timeline" class="timeline"></div>
                </section>
                <section id="table-section">
                <h2>Records</h2>
                <form id="filters" class="filters" onsubmit="return false">
                <label>Mission <select id="filter-mission" name="mission"><option value="">all</option></select></label>
                <label>Organisation <select id="filter-org" name="organisation"><option value="">all</option></select></label>
                <label>Year of letter <select id="filter-year" name="year"><option value="">all</option></select></label>
                <label>Action <select id="filter-action" name="action"><option value="">all</option></select></label>
                <button type="button" id="filter-clear">Clear</button>
                </form>
                <p id="table-status" class="status" aria-live="polite"></p>
                <table id="records" class="records">
                <thead><tr><th>Letter</th><th>Date</th><th>Mission</th><th>Organisation</th><th>Action</th><th>Headcount</th><th>From</th><th>Until</th><th>Evidence</th></tr></thead>
                <tbody></tbody>
                </table>
                <nav id="pager" class="pager"></nav>
                </section>
                <section id="flags-section">
                <h2>Flags</h2>
                <ul id="flags" class="flags"></ul>
                </section>
                <script id="summary" type="application/json">%s</script>
                </body>
                </html>
                """.formatted(Html.escape(counts), Html.scriptSafe(MAPPER.writeValueAsString(summary)));
    }
}
