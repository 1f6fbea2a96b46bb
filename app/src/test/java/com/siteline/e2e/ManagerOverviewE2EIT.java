package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The manager signs in, lands on the overview and opens the inbox from a tile, filtered to what it counted. */
class ManagerOverviewE2EIT extends BrowserTest {

    @Test
    void theManagersOverviewLeadsToTheInboxFilteredToATile() throws IOException {
        String[] open = new String[1];
        inBrowser("manager-overview.png", () -> {
            signInAt("overview", "manager");
            WebElement tile = wait.until(d -> d.findElement(By.id("tile-open")));
            open[0] = browser.findElement(By.id("tile-open-count")).getText();
            assertThat(Integer.parseInt(open[0].replace(",", ""))).isPositive();
            assertThat(browser.findElement(By.id("overview-by-status")).getTagName()).isEqualTo("svg");
            tile.click();
        });
        inBrowser("manager-inbox-from-tile.png", () -> {
            wait.until(d -> d.getCurrentUrl().contains("/inbox?q="));
            wait.until(d -> d.findElement(By.id("issues-total")).getText().equals("共 " + open[0] + " 条"));
        });
    }
}
