package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An admin signs in in a real browser and sees the five started plugins (three variants, two channels). */
class AdminLoginE2EIT extends BrowserTest {

    @Test
    void adminSignsInAndSeesTheFiveStartedPlugins() throws IOException {
        inBrowser("admin-plugins.png", () -> {
            signInAt("admin/plugins", "admin");
            WebElement grid = wait.until(d -> d.findElement(By.id("plugins")));
            wait.until(d -> cellTexts(grid).stream().filter("已启动"::equals).count() == 5);
            assertThat(cellTexts(grid)).contains("exterior-painting", "home-decoration", "property-management");
            assertThat(browser.findElement(By.id("plugins-summary")).getText()).contains("5 个已启动");
        });
    }

    @Test
    void adminOpensTheResponseTimeRulesAndTheCalendars() throws IOException {
        inBrowser("admin-response-times.png", () -> {
            signInAt("admin/response-times", "admin");
            WebElement grid = wait.until(d -> d.findElement(By.id("rules-grid")));
            wait.until(d -> cellTexts(grid).contains("投诉"));
        });
        inBrowser("admin-calendars.png", () -> {
            browser.get(url("admin/calendars"));
            WebElement days = wait.until(d -> d.findElement(By.id("calendar-days")));
            // a holiday in the reader's language only
            wait.until(d -> cellTexts(days).contains("国庆节"));
            assertThat(cellTexts(days)).doesNotContain("国庆节 National Day");
        });
    }
}
