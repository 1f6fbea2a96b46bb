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
import org.junit.jupiter.api.Test;
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
 * The real thing: the app on a random port, Debian's Chromium driven by Selenium through the
 * system chromedriver (no browser download), an admin signs in and sees the three plugins.
 */
@SitelineSpringTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class AdminLoginE2EIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("siteline-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("siteline.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("siteline.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void adminSignsInAndSeesTheThreeStartedPlugins() throws IOException {
        try {
            signInAndCheckPlugins();
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure-admin-plugins.png");
            throw new AssertionError("failed at " + browser.getCurrentUrl() + ": " + e.getMessage(), e);
        }
        screenshot("admin-plugins.png");
    }

    private void signInAndCheckPlugins() {
        WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);
        browser.get("http://localhost:" + port + "/admin/plugins");

        // redirected to the zh-CN login page
        WebElement login = wait.until(d -> d.findElement(By.tagName("vaadin-login-form")));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        wait.until(d -> login.findElement(By.cssSelector("#vaadinLoginUsername input"))).sendKeys("admin");
        login.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("siteline");
        login.findElement(By.cssSelector("vaadin-button")).click();

        // back on the page asked for, with the plugin grid
        // Spring Security sends the user back to the saved request (with a "?continue" marker)
        wait.until(d -> d.getCurrentUrl().contains("/admin/plugins"));
        WebElement grid = wait.until(d -> d.findElement(By.id("plugins")));
        wait.until(d -> cellTexts(grid).stream().filter("已启动"::equals).count() == 3);
        List<String> cells = cellTexts(grid);
        assertThat(cells).contains("exterior-painting", "home-decoration", "property-management");
        assertThat(browser.findElement(By.id("plugins-summary")).getText()).contains("3 个已启动");
    }

    private void screenshot(String name) throws IOException {
        Path screenshots = Path.of(System.getProperty("siteline.screenshots.dir", "target/screenshots"));
        Files.createDirectories(screenshots);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        assertThat(screenshots.resolve(name)).isNotEmptyFile();
    }

    @SuppressWarnings("unchecked")
    private List<String> cellTexts(WebElement grid) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))"
                        + ".map(c => c.textContent.trim()).filter(t => t.length > 0);", grid);
    }
}
