package io.consentgateway.gateway.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver: nothing is downloaded (Selenium Manager is never asked
 * because both paths are given). {@code -Dbrowser.chromium} and {@code -Dbrowser.chromedriver} point elsewhere.
 * Screenshots and the browser console go to {@code target/browser/<name>/}.
 */
public final class Browser implements AutoCloseable {

    /** A phone-sized window (the portal is mobile-first) and a desk-sized one. */
    public static final Dimension PHONE = new Dimension(412, 915);

    public static final Dimension DESK = new Dimension(1280, 1000);

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path artefacts;
    private final Path profile;
    private final AtomicInteger shots = new AtomicInteger();
    private final List<LogEntry> console = new ArrayList<>();

    private Browser(ChromeDriver driver, Path artefacts, Path profile) {
        this.driver = driver;
        this.artefacts = artefacts;
        this.profile = profile;
    }

    /** Where the browser saves downloads, without asking. */
    public Path downloads() {
        return artefacts.resolve("downloads");
    }

    public static Browser open(String name, Dimension window) {
        Path chromium = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException("The browser tests need Chromium and its driver at " + chromium + " and "
                    + chromedriver + ": `apt-get install chromium chromium-driver` (as .ci/run does), or set"
                    + " -Dbrowser.chromium and -Dbrowser.chromedriver");
        }
        try {
            Path artefacts = Files.createDirectories(Path.of("target", "browser", name));
            Path profile = Files.createTempDirectory("chromium-profile");
            Path downloads = Files.createDirectories(artefacts.resolve("downloads"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--lang=zh-CN",
                    "--user-data-dir=" + profile);
            options.setExperimentalOption(
                    "prefs",
                    Map.of(
                            "download.default_directory",
                            downloads.toAbsolutePath().toString(),
                            "download.prompt_for_download",
                            false));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(window);
            return new Browser(driver, artefacts, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Browser go(String url) {
        driver.get(url);
        return this;
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public WebElement await(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void awaitText(By locator, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    public void awaitUntil(Function<Browser, Boolean> condition) {
        new WebDriverWait(driver, WAIT).until(ignored -> condition.apply(this));
    }

    public List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    public WebElement find(By locator) {
        return driver.findElement(locator);
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Keys pressed as a person would: they go to whatever has the focus. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Saves a numbered screenshot as a test artefact. */
    public Path screenshot(String step) {
        Path file = artefacts.resolve(String.format("%02d-%s.png", shots.incrementAndGet(), step));
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Console messages of the pages so far (errors show the page's script failing). */
    public List<String> consoleErrors() {
        return console().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
    }

    /** Chromedriver hands each log entry out once: keep them all. */
    private List<LogEntry> console() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        return console;
    }

    @Override
    public void close() {
        try {
            Files.writeString(
                    artefacts.resolve("console.log"),
                    console().stream()
                            .map(entry -> entry.getLevel() + " " + entry.getMessage())
                            .collect(Collectors.joining("\n")));
        } catch (IOException | RuntimeException ignored) {
            // artefacts are a courtesy; closing the browser matters more
        } finally {
            driver.quit();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
