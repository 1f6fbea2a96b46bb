package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The manager signs in, lands on the overview and opens the inbox from the breached tile, filtered to what it counted. */
class ManagerOverviewE2EIT extends BrowserTest {

    @Test
    void theManagersOverviewLeadsToTheInboxFilteredToATile() throws IOException {
        String[] breached = new String[1];
        inBrowser("manager-overview.png", () -> {
            signInAt("overview", "manager");
            WebElement tile = wait.until(d -> d.findElement(By.id("tile-breached")));
            breached[0] = browser.findElement(By.id("tile-breached-count")).getText();
            assertThat(Integer.parseInt(breached[0].replace(",", ""))).isPositive();
            assertThat(browser.findElement(By.id("overview-by-status")).getTagName()).isEqualTo("svg");
            tile.click();
        });
        inBrowser("manager-inbox-from-tile.png", () -> {
            wait.until(d -> d.getCurrentUrl().contains("/inbox?q="));
            wait.until(d -> d.findElement(By.id("issues-total")).getText().equals("共 " + breached[0] + " 条"));
        });
        // the weekly compliance bar of the earliest week opens the report of exactly that week
        inBrowser("manager-sla-report.png", () -> {
            browser.get(url("overview"));
            String href = wait.until(d -> d.findElement(By.cssSelector("#overview-weekly-sla a"))).getDomAttribute("href");
            assertThat(href).matches(".*reports/sla\\?first=\\d{4}-\\d{2}-\\d{2}&last=\\d{4}-\\d{2}-\\d{2}");
            String first = href.substring(href.indexOf("first=") + 6, href.indexOf("&"));
            browser.get(url(href.substring(href.indexOf("reports/sla"))));
            wait.until(d -> d.findElement(By.id("sla-total")).getText().startsWith("期间共"));
            assertThat(browser.findElement(By.id("sla-first")).getDomProperty("value")).isEqualTo(first);
            assertThat(cellTexts(browser.findElement(By.id("sla-grid")))).isNotEmpty();
        });
    }
}
