package nl.kamerbrief.mandates.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by its chromedriver, named by path so that Selenium never looks for (or
 * downloads) a browser: Selenium Manager runs only when a path is missing, and both are given. Paths can be moved with the system
 * properties {@code chromium.binary} and {@code chromium.driver}. Tests that need it skip, saying what to install,
 * where either is missing.
 */
public final class HeadlessChromium {

    public static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

    /** Selenium's own warnings (no DevTools protocol matching this Chromium's version) are noise here. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(Level.SEVERE);
    }

    private HeadlessChromium() {
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /** Why the browser tests are skipped. */
    public static final String MISSING = "headless Chromium is not installed (" + BINARY + ", " + DRIVER + "): the "
            + "browser tests are skipped; install it with 'apt-get install chromium chromium-driver'";

    /** Skips the calling test unless Chromium and chromedriver are installed. */
    public static void assumeInstalled() {
        assumeTrue(installed(), MISSING);
    }

    /** A headless browser of {@code width} x {@code height} that keeps the console's messages (browser log). */
    public static ChromeDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--hide-scrollbars", "--no-first-run",
                "--disable-background-networking", "--disable-extensions", "--disable-sync",
                "--allow-file-access-from-files=false");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The console messages logged since the last call, at level SEVERE (errors, failed loads). */
    public static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }
}
