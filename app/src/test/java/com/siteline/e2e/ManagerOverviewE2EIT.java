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
            assertThat(browser.findElement(By.id("overview-by-status")).getTagName())
                    .isEqualTo("svg");
            tile.click();
        });
        inBrowser("manager-inbox-from-tile.png", () -> {
            wait.until(d -> d.getCurrentUrl().contains("/inbox?q="));
            wait.until(d -> d.findElement(By.id("issues-total")).getText().equals("共 " + breached[0] + " 条"));
        });
        // the weekly compliance bar of the earliest week opens the report of exactly that week
        inBrowser("manager-sla-report.png", () -> {
            browser.get(url("overview"));
            String href = wait.until(d -> d.findElement(By.cssSelector("#overview-weekly-sla a")))
                    .getDomAttribute("href");
            assertThat(href).matches(".*reports/sla\\?first=\\d{4}-\\d{2}-\\d{2}&last=\\d{4}-\\d{2}-\\d{2}");
            String first = href.substring(href.indexOf("first=") + 6, href.indexOf("&"));
            browser.get(url(href.substring(href.indexOf("reports/sla"))));
            wait.until(d -> d.findElement(By.id("sla-total")).getText().startsWith("期间共"));
            assertThat(browser.findElement(By.id("sla-first")).getDomProperty("value"))
                    .isEqualTo(first);
            assertThat(cellTexts(browser.findElement(By.id("sla-grid")))).isNotEmpty();
        });
    }

    /**
     * Every chart of the overview shows all of its bars, at 1440×900 and at 1024 px: the last bar of each is on the
     * page where it is drawn (the topmost element at its middle), not clipped by a fixed height; on a 390 px phone the
     * charts scale down to the column.
     */
    @Test
    void everyChartShowsAllOfItsBarsOnAWideAndANarrowScreen() throws IOException {
        for (int width : new int[] {1440, 1024, 390}) {
            inBrowser("overview-" + width + ".png", () -> {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                if (browser.getCurrentUrl().contains("/overview")) {
                    browser.navigate().refresh();
                } else {
                    signInAt("overview", "manager");
                }
                wait.until(d -> d.findElement(By.id("overview-weekly-sla")));
                for (String chart : new String[] {
                    "overview-by-status",
                    "overview-by-urgency",
                    "overview-by-age",
                    "overview-satisfaction",
                    "overview-weekly-sla"
                }) {
                    WebElement svg = browser.findElement(By.id(chart));
                    int bars = svg.findElements(By.tagName("a")).size();
                    assertThat(bars).as(chart).isPositive();
                    if (chart.equals("overview-weekly-sla")) {
                        assertThat(bars).as("twelve weeks").isEqualTo(12);
                    }
                    Object visible = browser.executeScript("""
                            const texts = arguments[0].querySelectorAll('a');
                            const last = texts[texts.length - 1].querySelector('text');
                            last.scrollIntoView({block: 'center'});
                            const r = last.getBoundingClientRect();
                            const hit = document.elementFromPoint(r.left + 2, r.top + r.height / 2);
                            return hit === last || last.contains(hit) || (hit && hit.closest('svg') === arguments[0]);
                            """, svg);
                    assertThat(visible)
                            .as(chart + "'s last bar is visible at " + width + " px")
                            .isEqualTo(true);
                    Object whole = browser.executeScript("""
                            const svg = arguments[0];
                            const box = svg.getBoundingClientRect();
                            const rects = svg.querySelectorAll('rect');
                            const last = rects[rects.length - 1].getBoundingClientRect();
                            if (last.bottom > box.bottom + 0.5) {
                                return 'last bar ends at ' + last.bottom + ', the chart at ' + box.bottom;
                            }
                            if (box.right > window.innerWidth + 0.5) {
                                return 'wider than the window: ' + box.right;
                            }
                            for (const text of svg.querySelectorAll('text')) {
                                if (text.getBoundingClientRect().right > box.right + 0.5) {
                                    return 'cut off: ' + text.textContent;
                                }
                            }
                            return 'ok';
                            """, svg);
                    assertThat(whole)
                            .as(chart + "'s last bar lies within it at " + width + " px")
                            .isEqualTo("ok");
                }
            });
        }
    }
}
