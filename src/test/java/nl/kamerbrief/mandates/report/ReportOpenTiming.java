package nl.kamerbrief.mandates.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * For {@code bench/report.sh}: opens a report's {@code index.html} from disk in Debian's headless Chromium and
 * prints, per try, the milliseconds from the start of navigation to the load event and to the page being ready
 * (timeline drawn for the rows in view, first table page filled: {@code window.reportReady}), then the time to
 * filter the table by an organisation (which loads every record of its missions) and to open a letter's page.
 *
 * <p>{@code java ... ReportOpenTiming REPORT_DIR [TRIES]}.
 */
public final class ReportOpenTiming {

    private ReportOpenTiming() {
    }

    public static void main(String[] args) {
        Path index = Path.of(args[0]).toAbsolutePath().resolve("index.html");
        int tries = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ChromeDriver browser = HeadlessChromium.start(1400, 1000);
        try {
            for (int i = 1; i <= tries; i++) {
                browser.get("about:blank");
                browser.get(index.toUri().toString());
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-ready") != null);
                Number load = (Number) browser.executeScript("var t = performance.getEntriesByType('navigation')[0];"
                        + "return t.loadEventEnd;");
                Number ready = (Number) browser.executeScript("return window.reportReady;");
                long t0 = System.nanoTime();
                new Select(browser.findElement(By.id("filter-org"))).selectByValue("EU");
                wait.until(d -> d.findElement(By.id("table-status")).getText().startsWith("Records 1"));
                double filter = (System.nanoTime() - t0) / 1e6;
                String status = browser.findElement(By.id("table-status")).getText();
                long t1 = System.nanoTime();
                browser.findElement(By.cssSelector("#records tbody tr a.evidence")).click();
                wait.until(d -> d.getCurrentUrl().contains("/docs/")
                        && d.findElement(By.tagName("body")).getAttribute("data-ready") != null);
                double doc = (System.nanoTime() - t1) / 1e6;
                System.out.printf(Locale.ROOT, "try %d: load event %.0f ms, ready %.0f ms, filter by EU %.0f ms (%s), "
                        + "open a letter %.0f ms; console errors: %s%n", i, load.doubleValue(), ready.doubleValue(),
                        filter, status, doc, HeadlessChromium.consoleErrors(browser));
            }
        } finally {
            browser.quit();
        }
    }
}
