package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.testsupport.SitelineSpringTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app on a random port and Debian's Chromium driven by Selenium through the system
 * chromedriver (no browser download). A failing test leaves a screenshot named after it.
 */
@SitelineSpringTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
abstract class BrowserTest {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = newBrowser(null);
        wait = waitOn(browser);
    }

    /**
     * Waits on a browser for up to {@link #TIMEOUT}, asking every 100 ms (Selenium's default, 500 ms, spends up to
     * half a second after each step that is not done at once); a condition read while Vaadin redraws the element
     * asks again instead of failing on the old node.
     */
    static WebDriverWait waitOn(ChromeDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, TIMEOUT, Duration.ofMillis(100));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /**
     * A headless Chromium with nothing of an earlier test: no cookies (so its own Vaadin session), no storage, one
     * window of the default size. Browsers are pooled for the run: {@link ChromeDriver#quit()} hands one back
     * cleaned, and the next test takes it with its HTTP cache warm, so the application's script bundle is fetched
     * and compiled once per browser rather than once per test. The JVM's end quits them all.
     *
     * @param profile ignored (each pooled browser has its own profile directory)
     */
    static ChromeDriver newBrowser(Path profile) {
        PooledChrome idle = IDLE.poll();
        if (idle != null) {
            REUSED.incrementAndGet();
            return idle;
        }
        return PooledChrome.start();
    }

    private static final java.util.concurrent.atomic.AtomicInteger STARTED =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger REUSED =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.ConcurrentLinkedDeque<PooledChrome> IDLE =
            new java.util.concurrent.ConcurrentLinkedDeque<>();

    /** A pooled browser: quitting cleans it and hands it back; the JVM's end quits it for good. */
    static final class PooledChrome extends ChromeDriver {

        private static final java.util.List<PooledChrome> ALL = new java.util.concurrent.CopyOnWriteArrayList<>();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.printf("Browsers: %d started, %d times reused%n", STARTED.get(), REUSED.get());
                ALL.forEach(PooledChrome::end);
            }));
        }

        private PooledChrome(ChromeDriverService service, ChromeOptions options) {
            super(service, options);
        }

        static PooledChrome start() {
            Path profile;
            try {
                profile = Files.createTempDirectory("siteline-chromium");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("siteline.chromium", "/usr/bin/chromium"));
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=" + WIDTH + "," + HEIGHT,
                    "--lang=zh-CN",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("siteline.chromedriver", "/usr/bin/chromedriver"))
                            .toFile())
                    .usingAnyFreePort()
                    .build();
            PooledChrome chrome = new PooledChrome(service, options);
            ALL.add(chrome);
            STARTED.incrementAndGet();
            return chrome;
        }

        /** Cleans the browser and hands it back for the next test (or ends it when it cannot be cleaned). */
        @Override
        public void quit() {
            if (!IDLE.contains(this) && ALL.contains(this) && clean()) {
                IDLE.push(this);
            }
        }

        /**
         * Leaves nothing of the last test: one blank window of the default size, no cookies, no storage of any
         * origin. A browser that cannot be cleaned is ended, and the caller starts another.
         */
        boolean clean() {
            try {
                java.util.Set<String> used = getWindowHandles();
                for (String window : used) {
                    switchTo().window(window);
                    if (getCurrentUrl().startsWith("http")) {
                        executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
                    }
                }
                // a new tab: nothing of the old tabs' history or session storage
                switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
                String fresh = getWindowHandle();
                for (String window : used) {
                    switchTo().window(window).close();
                }
                switchTo().window(fresh);
                executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
                org.openqa.selenium.Dimension size = new org.openqa.selenium.Dimension(WIDTH, HEIGHT);
                if (!manage().window().getSize().equals(size)) {
                    manage().window().setSize(size);
                }
                get("about:blank");
                return true;
            } catch (RuntimeException broken) {
                end();
                return false;
            }
        }

        void end() {
            ALL.remove(this);
            try {
                super.quit();
            } catch (RuntimeException alreadyGone) {
                // the process is gone already
            }
        }
    }

    static final int WIDTH = 1366;
    static final int HEIGHT = 900;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Opens a page that needs a login, signs in on the login page it is sent to, and waits to be back. */
    void signInAt(String path, String username) {
        browser.get(url(path));
        WebElement login = wait.until(d -> d.findElement(By.tagName("vaadin-login-form")));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        wait.until(d -> login.findElement(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys(username);
        login.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("siteline");
        login.findElement(By.cssSelector("vaadin-button")).click();
        // Spring Security sends the user back to the saved request (with a "?continue" marker)
        wait.until(d -> d.getCurrentUrl().contains("/" + path));
    }

    /** Runs the steps; on any failure saves a screenshot and says where the browser was. */
    void inBrowser(String screenshot, Runnable steps) throws IOException {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure-" + screenshot);
            throw new AssertionError("failed at " + browser.getCurrentUrl() + ": " + e.getMessage(), e);
        }
        screenshot(screenshot);
    }

    void screenshot(String name) throws IOException {
        Path screenshots = Path.of(System.getProperty("siteline.screenshots.dir", "target/screenshots"));
        Files.createDirectories(screenshots);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        assertThat(screenshots.resolve(name)).isNotEmptyFile();
    }

    List<String> cellTexts(WebElement grid) {
        return cellTexts(browser, grid);
    }

    @SuppressWarnings("unchecked")
    static List<String> cellTexts(ChromeDriver browser, WebElement grid) {
        return (List<String>) ((JavascriptExecutor) browser)
                .executeScript(
                        "return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))"
                                + ".map(c => c.textContent.trim()).filter(t => t.length > 0);",
                        grid);
    }
}
