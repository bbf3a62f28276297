package org.partneracademy.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partneracademy.it.support.RealEar;

/**
 * A fresh headless Chromium per test (so no session leaks between tests), as a JUnit 5 extension:
 * register it with {@code @RegisterExtension final Browser browser = new Browser();}.
 * <p>
 * The Debian {@code chromium} and {@code chromedriver} are used by path, so Selenium Manager never
 * runs and never needs the network. After each passing test it verifies that every page the browser
 * landed on was checked with {@link Accessibility}, so a new page cannot slip in unchecked.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

    /** Long enough for a cold WildFly rendering a page for the first time on a 2-core machine. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");

    private final Set<String> visitedPaths = new LinkedHashSet<>();
    private final Set<String> checkedPaths = new LinkedHashSet<>();
    private ChromeDriverService service;
    private WebDriver chrome;
    private WebDriver driver;
    private Path profile;
    private Path downloads;

    @Override
    public void beforeEach(ExtensionContext context) {
        launch();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (context.getExecutionException().isPresent()) {
                keepEvidence(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
            } else {
                var unchecked = new LinkedHashSet<>(visitedPaths);
                unchecked.removeAll(checkedPaths);
                if (!unchecked.isEmpty()) {
                    throw new AssertionError("Pages visited without an accessibility check: " + unchecked);
                }
            }
        } finally {
            quit();
        }
    }

    /** Starts Chromium; the extension calls this before each test. */
    public void launch() {
        try {
            profile = Files.createTempDirectory("pa-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // Downloads land in the throw-away profile, where a test can read the file a user would get.
        downloads = profile.resolve("downloads");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        chrome = new ChromeDriver(service, options);
        driver = new EventFiringDecorator<>(new LandingRecorder()).decorate(chrome);
    }

    /** Ends Chromium and its driver and removes the throw-away profile; the extension calls this after each test. */
    public void quit() {
        try {
            if (chrome != null) {
                chrome.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            chrome = null;
            driver = null;
            service = null;
            deleteProfile();
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Waits until a download whose file name ends with {@code suffix} is complete in the profile's download
     * folder and returns it (Chromium writes a {@code .crdownload} file until it is done).
     */
    public Path awaitDownload(String suffix) {
        return waitUntil(new ExpectedCondition<Path>() {
            @Override
            public Path apply(WebDriver ignored) {
                if (!Files.isDirectory(downloads)) {
                    return null;
                }
                try (var files = Files.list(downloads)) {
                    return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String toString() {
                return "a download ending with " + suffix + " in " + downloads;
            }
        });
    }

    /** Opens a page of the application by its path, such as {@code /login.xhtml}. */
    public void open(String path) {
        driver.get(RealEar.BASE_URL + path);
    }

    /** The path of the current page, without the query string. */
    public String path() {
        return URI.create(chrome.getCurrentUrl()).getPath();
    }

    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT)
                .withMessage(() -> "the browser is on " + chrome.getCurrentUrl() + " (\"" + chrome.getTitle() + "\")")
                .until(condition);
    }

    public void waitForPath(String path) {
        waitUntil(new ExpectedCondition<Boolean>() {
            @Override
            public Boolean apply(WebDriver ignored) {
                return path.equals(path());
            }

            @Override
            public String toString() {
                return "the page " + path;
            }
        });
    }

    public WebElement waitForVisible(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Clicks and waits until the given element (re-rendered by the click's ajax update or navigation) is gone. */
    public void clickAndAwaitReplacement(WebElement button, WebElement replaced) {
        button.click();
        waitUntilGone(replaced);
    }

    /**
     * Waits until the element has left the page, re-rendered or navigated away from. Like
     * {@link ExpectedConditions#stalenessOf}, but also taking chromedriver's "does not belong to the
     * document" for gone: asked while the old document is being replaced, it answers with that generic
     * error instead of a stale element, which failed sign-ins at random.
     */
    public void waitUntilGone(WebElement element) {
        waitUntil(new ExpectedCondition<Boolean>() {
            @Override
            public Boolean apply(WebDriver ignored) {
                try {
                    element.isEnabled();
                    return false;
                } catch (StaleElementReferenceException gone) {
                    return true;
                } catch (WebDriverException e) {
                    if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                        return true;
                    }
                    throw e;
                }
            }

            @Override
            public String toString() {
                return "the element " + element + " to leave the page";
            }
        });
    }

    /** Runs the axe check on the page as it is now; fails on serious or critical violations. */
    public void assertAccessible() {
        Accessibility.assertNoSeriousViolations(chrome);
        checkedPaths.add(path());
    }

    /** The text of the page's global messages (info and errors), as the user reads them. */
    public Stream<String> messages(String severity) {
        return driver.findElements(By.cssSelector("#messages .ui-messages-" + severity + " .ui-messages-" + severity + "-summary"))
                .stream().map(WebElement::getText);
    }

    private void keepEvidence(String name) {
        if (chrome == null) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) chrome).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), chrome.getPageSource());
        } catch (IOException | RuntimeException e) {
            // Evidence is a convenience: never hide the test's own failure behind it.
            System.err.println("Could not keep browser evidence for " + name + ": " + e);
        }
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            System.err.println("Could not delete the Chromium profile " + profile + ": " + e);
        }
        profile = null;
    }

    /** Notes the page the browser is on after every navigation and click, for the accessibility guard. */
    // Public: the decorator calls the listener reflectively.
    public final class LandingRecorder implements WebDriverListener {
        @Override
        public void afterGet(WebDriver webDriver, String url) {
            visitedPaths.add(path());
        }

        @Override
        public void afterClick(WebElement element) {
            visitedPaths.add(path());
        }
    }
}
