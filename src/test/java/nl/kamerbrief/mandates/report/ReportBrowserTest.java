package nl.kamerbrief.mandates.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.kamerbrief.mandates.cli.CliTest;
import nl.kamerbrief.mandates.dataset.CorpusRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report of the corpus in a real browser (Debian's headless Chromium through chromedriver): it opens from disk
 * with no console error, the timeline has a row for every mission of the dataset and a bar for every record with a
 * date, labelled with its headcount; the table filters by organisation, mission, year and action and pages; following
 * a record from the table or the timeline opens its letter with its evidence highlighted and in view. Skips where
 * Chromium is missing; {@code -Dreport.screenshot=docs/report.png} keeps the screenshot it takes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path root;
    private static Path report;
    private static ChromeDriver browser;
    /** mission id to its organisation, in the dataset's order. */
    private static final Map<String, String> organisations = new LinkedHashMap<>();
    /** Every record of the dataset as records.jsonl holds it. */
    private static final List<JsonNode> records = new ArrayList<>();

    @BeforeAll
    static void buildAndOpen() throws IOException {
        if (!HeadlessChromium.installed()) {
            System.err.println("ReportBrowserTest: " + HeadlessChromium.MISSING);
            return;     // each test is skipped, saying why
        }
        root = Files.createTempDirectory("mandates-report-test");
        Path dataset = root.resolve("dataset");
        report = root.resolve("report");
        CliTest.Run ds = CliTest.execute("dataset", "-q", "--from", CorpusRun.output().toString(), "--out",
                dataset.toString(), "--as-of", "2026-01-01");
        assertEquals(0, ds.exit(), ds.err());
        CliTest.Run rp = CliTest.execute("report", "-q", "--from", dataset.toString(), "--out", report.toString());
        assertEquals(0, rp.exit(), rp.err());
        for (JsonNode m : JSON.readTree(dataset.resolve("missions.json").toFile()).path("missions")) {
            organisations.put(m.path("id").asText(), m.path("organisation").asText());
        }
        for (String line : Files.readAllLines(dataset.resolve("records.jsonl"), StandardCharsets.UTF_8)) {
            records.add(JSON.readTree(line));
        }
        browser = HeadlessChromium.start(1400, 1000);
    }

    @AfterAll
    static void close() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (root != null) {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void needsChromium() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterEach
    void noConsoleErrors() {
        if (browser == null) {
            return;
        }
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser), "console errors");
    }

    @Test
    @Order(1)
    void theIndexOpensFromDiskWithoutConsoleErrorsAndTheConsoleIsWatched() {
        openIndex();
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
        // the check above can fail: an error logged now is seen
        browser.executeScript("console.error('report test probe')");
        assertTrue(HeadlessChromium.consoleErrors(browser).stream().anyMatch(e -> e.contains("report test probe")));
    }

    @Test
    @Order(2)
    void theTimelineHasARowForEveryMissionAndABarForEveryDatedRecord() {
        openIndex();
        List<WebElement> rows = browser.findElements(By.cssSelector("#timeline .tl-row"));
        assertEquals(new ArrayList<>(organisations.keySet()), rows.stream().map(r -> r.getAttribute("data-mission")).toList());
        Map<String, Integer> dated = new LinkedHashMap<>();
        organisations.keySet().forEach(id -> dated.put(id, 0));
        for (JsonNode r : records) {
            boolean hasDate = !r.path("start_date").isNull() || !r.path("document").path("date").isNull()
                    || !r.path("end_date").isNull();
            if (hasDate) {
                dated.merge(r.path("mission_id").asText(), 1, Integer::sum);
            }
        }
        for (WebElement row : rows) {
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
            waitFor(d -> row.getAttribute("data-drawn") != null);
            String id = row.getAttribute("data-mission");
            assertEquals((long) dated.get(id), shapes(row, "bars") + shapes(row, "dots"), "bars of " + id);
        }
        // NTM-I: 25 military in the letter of January 2005 (a dot: no end), five through 2010 (a bar)
        WebElement ntm = browser.findElement(By.cssSelector(".tl-row[data-mission='ntm-i']"));
        assertEquals(Set.of("25", "5"), texts(ntm.findElements(By.cssSelector("svg text"))));
        assertEquals(1, shapes(ntm, "bars"));
        assertEquals(1, shapes(ntm, "dots"));
    }

    /** The shapes drawn in a row's paths of a class: one subpath ("M") each. */
    private static long shapes(WebElement row, String pathClass) {
        return ((Number) browser.executeScript("var n = 0; arguments[0].querySelectorAll('svg path.' + arguments[1])"
                + ".forEach(function (p) { n += ((p.getAttribute('d') || '').match(/M/g) || []).length; }); return n;",
                row, pathClass)).longValue();
    }

    @Test
    @Order(3)
    void theTableFiltersByOrganisationMissionYearAndAction() {
        openIndex();
        int all = records.size();
        waitForStatus("Records 1\u2013" + Math.min(50, all) + " of " + all + ".");

        select("filter-org", "UN");
        long un = records.stream().filter(r -> "UN".equals(organisations.get(r.path("mission_id").asText()))).count();
        waitForStatus("of " + un + ".");
        List<WebElement> rows = tableRows();
        assertEquals(Math.min(50, un), rows.size());
        assertTrue(rows.stream().allMatch(r -> "UN".equals(r.getAttribute("data-org"))));

        select("filter-org", "");
        select("filter-mission", "eufor-althea");
        long althea = records.stream().filter(r -> r.path("mission_id").asText().equals("eufor-althea")).count();
        waitForStatus("of " + althea + ".");
        assertEquals(althea, tableRows().size());
        assertTrue(tableRows().stream().allMatch(r -> "eufor-althea".equals(r.getAttribute("data-mission"))));

        select("filter-mission", "");
        select("filter-year", "2022");
        select("filter-action", "extend");
        long extended2022 = records.stream().filter(r -> r.path("document").path("date").asText("").startsWith("2022")
                && r.path("action").asText("").equals("extend")).count();
        assertTrue(extended2022 > 0, "fixture: letters of 2022 extend contributions");
        waitForStatus("of " + extended2022 + ".");
        assertTrue(tableRows().stream().allMatch(r -> "2022".equals(r.getAttribute("data-year"))
                && "extend".equals(r.getAttribute("data-action"))));

        browser.findElement(By.id("filter-clear")).click();
        waitForStatus("Records 1\u201350 of " + all + ".");
        String first = tableRows().get(0).getAttribute("data-record");
        browser.findElement(By.id("page-next")).click();
        waitForStatus("Records 51\u2013100 of " + all + ".");
        assertFalse(first.equals(tableRows().get(0).getAttribute("data-record")), "the next page shows other records");
    }

    @Test
    @Order(4)
    void followingARecordFromTheTableShowsItsEvidenceHighlighted() {
        openIndex();
        select("filter-mission", "ntm-i");
        waitForStatus("of 2.");
        WebElement row = tableRows().get(1);
        String key = row.getAttribute("data-record");
        assertEquals("2010-02-01-brief-verlenging-ntm-i-irak#1", key);
        row.findElement(By.cssSelector("a.evidence")).click();
        assertEvidenceShown(key);
    }

    @Test
    @Order(5)
    void followingABarOfTheTimelineShowsItsEvidenceHighlighted() {
        openIndex();
        WebElement row = browser.findElement(By.cssSelector(".tl-row[data-mission='ntm-i']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        waitFor(d -> row.getAttribute("data-drawn") != null);
        WebElement chart = row.findElement(By.tagName("svg"));
        @SuppressWarnings("unchecked")
        Map<String, Number> point = (Map<String, Number>) browser.executeScript(
                "return MANDATES.barPoint('ntm-i', '2010-02-01-brief-verlenging-ntm-i-irak', 1)");
        int dx = (int) Math.round(point.get("x").doubleValue() - chart.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(point.get("y").doubleValue() - chart.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(chart, dx, dy).perform();
        WebElement tip = browser.findElement(By.id("tl-tip"));
        waitFor(d -> tip.isDisplayed());
        assertTrue(tip.getText().startsWith("NTM-I: 5 people, 2010-01-01 \u2013 2010-12-31; letter "
                + "2010-02-01-brief-verlenging-ntm-i-irak"), tip.getText());
        new Actions(browser).moveToElement(chart, dx, dy).click().perform();
        assertEvidenceShown("2010-02-01-brief-verlenging-ntm-i-irak#1");
    }

    @Test
    @Order(6)
    void aScreenshotOfTheReport() throws IOException {
        browser.manage().window().setSize(new Dimension(1400, 1500));
        try {
            openIndex();
            Path shot = Path.of("target", "report-screenshot.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
            assertTrue(Files.size(shot) > 10_000, "a screenshot with something on it");
            String keep = System.getProperty("report.screenshot");
            if (keep != null && !keep.isBlank()) {
                Files.copy(shot, Path.of(keep), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    // ------------------------------------------------------------------ helpers

    private void assertEvidenceShown(String key) {
        waitFor(d -> d.getCurrentUrl().contains("/docs/") && "1".equals(d.findElement(By.tagName("body"))
                .getAttribute("data-ready")));
        String document = key.substring(0, key.lastIndexOf('#'));
        String n = key.substring(key.lastIndexOf('#') + 1);
        assertTrue(browser.getCurrentUrl().endsWith("/docs/" + document + ".html#r" + n), browser.getCurrentUrl());
        JsonNode record = records.stream().filter(r -> r.path("record_id").asText().equals(key)).findFirst()
                .orElseThrow();
        List<WebElement> current = browser.findElements(By.cssSelector("mark.current"));
        assertFalse(current.isEmpty(), "no evidence marked as the record followed");
        String shown = String.join("", current.stream().map(e -> (String) browser
                .executeScript("return arguments[0].textContent", e)).toList());
        assertEquals(record.path("evidence").path("quote").asText(), shown);
        assertEquals("#ff9f43", Color.fromString(current.get(0).getCssValue("background-color")).asHex(),
                "highlighted in the colour of the record followed");
        Boolean inView = (Boolean) browser.executeScript("var r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.top < window.innerHeight;", current.get(0));
        assertTrue(inView, "the evidence is scrolled into view");
        assertTrue(browser.findElement(By.id("rec-" + n)).getAttribute("class").contains("current"));
    }

    private static void openIndex() {
        browser.get(report.resolve("index.html").toUri().toString());
        waitFor(d -> "1".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private static void select(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    private static List<WebElement> tableRows() {
        return browser.findElements(By.cssSelector("#records tbody tr"));
    }

    private static void waitForStatus(String contains) {
        try {
            waitFor(d -> d.findElement(By.id("table-status")).getText().contains(contains));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the table status never said '" + contains + "': "
                    + browser.findElement(By.id("table-status")).getText(), e);
        }
    }

    private static void waitFor(Predicate<ChromeDriver> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.test((ChromeDriver) d));
    }

    private static Set<String> texts(List<WebElement> elements) {
        Set<String> s = new TreeSet<>();
        elements.forEach(e -> s.add(e.getText()));
        return s;
    }
}
