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
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("siteline-chromium");
        browser = newBrowser(profile);
        wait = new WebDriverWait(browser, TIMEOUT);
        // a condition read while Vaadin redraws the element asks again instead of failing on the old node
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** A headless Chromium of its own (own profile: own cookies, so its own Vaadin session). */
    static ChromeDriver newBrowser(Path profile) {
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
                "--window-size=1366,900",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("siteline.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

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
