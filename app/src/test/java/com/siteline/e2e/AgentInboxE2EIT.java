package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.ui.Formats;
import com.siteline.customer.CustomerDetails;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.IssueStatus;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.testsupport.TestClock;
import com.siteline.testsupport.WorkspaceFixture;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An agent's day in a real browser: filter the inbox, open an issue, log a phone call with a
 * promised reply time, move the issue forward; when the promised time passes (the test moves the
 * application's clock), the issue shows under "overdue promised replies".
 */
class AgentInboxE2EIT extends BrowserTest {

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    @Autowired
    IssueService issues;

    @Autowired
    IssueQueries queries;

    @Autowired
    Clock clock;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void agentLogsAPromisedReplyThatFallsOverdue() throws IOException {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "黄女士" + marker);
        IssueDetails created = fixture.issue(
                customer, "厨房台面开裂 " + marker, IssueType.COMPLAINT, "quality-acceptance", Urgency.IMPORTANT);
        IssueDetails issue = as.user("admin", () -> issues.assign(created.id(), created.version(), "agent"));

        inBrowser("agent-inbox-filtered.png", () -> {
            signInAt("inbox", "agent");
            WebElement grid = wait.until(d -> d.findElement(By.id("issues-grid")));
            WebElement titleFilter = wait.until(d -> d.findElement(By.cssSelector("#issues-filter-title input")));
            titleFilter.sendKeys(marker);
            wait.until(d -> cellTexts(grid).contains("厨房台面开裂 " + marker));
            wait.until(d -> browser.findElement(By.id("issues-total")).getText().equals("共 1 条"));
            // click the row (again if the grid re-rendered under the click) until its panel shows
            wait.until(d -> {
                try {
                    if (!d.findElements(By.id("issue-title")).isEmpty()
                            && d.findElement(By.id("issue-title")).getText().contains(marker)) {
                        return true;
                    }
                    // the row may not be rendered yet: then there is nothing to click this time round
                    clickCell(d.findElement(By.id("issues-grid")), "厨房台面开裂 " + marker);
                    return false;
                } catch (org.openqa.selenium.StaleElementReferenceException e) {
                    return false;
                }
            });
        });
        inBrowser("agent-issue-logged.png", () -> {
            // the keyboard: Enter on the focused row opens the issue, Alt+L logs a contact
            new org.openqa.selenium.interactions.Actions(browser)
                    .sendKeys(Keys.ENTER)
                    .perform();
            wait.until(d -> d.getCurrentUrl().endsWith("/issues/" + issue.id()));
            wait.until(d -> d.findElement(By.id("issue-log")));
            new org.openqa.selenium.interactions.Actions(browser)
                    .keyDown(Keys.ALT)
                    .sendKeys("l")
                    .keyUp(Keys.ALT)
                    .perform();
            WebElement content = wait.until(d -> d.findElement(By.cssSelector("#log-content textarea")));
            content.sendKeys("客户来电询问台面更换方案，需与供应商确认后答复");
            // typed in the agent's zone (their first unit's calendar: Shanghai), as the dialog reads it
            String promised = LocalDateTime.now(clock.withZone(Formats.DEFAULT_ZONE))
                    .plusHours(2)
                    .truncatedTo(ChronoUnit.MINUTES)
                    .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            ((JavascriptExecutor) browser)
                    .executeScript(
                            "const p = document.getElementById('log-promised');"
                                    + "p.value = arguments[0]; p.dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                            promised);
            browser.findElement(By.id("log-save")).click();
            wait.until(d -> d.findElements(By.id("log-dialog")).isEmpty());
            wait.until(d -> d.findElement(By.id("issue-timeline")).getText().contains("客户来电询问台面更换方案"));
            wait.until(d -> d.findElement(By.id("issue-promised")).getText().length() > 0);

            browser.findElement(By.id("issue-step-IN_PROGRESS")).click();
            wait.until(d -> d.findElement(By.id("step-confirm"))).click();
            wait.until(d -> d.findElements(By.id("step-dialog")).isEmpty());
            wait.until(d -> d.findElement(By.id("issue-panel")).getText().contains("处理中"));
        });
        assertThat(as.user("admin", () -> queries.get(issue.id())).status()).isEqualTo(IssueStatus.IN_PROGRESS);
        assertThat(as.user("admin", () -> queries.get(issue.id())).promisedReplyAt())
                .isNotNull();

        // three hours later the promise is overdue
        TestClock.advance(Duration.ofHours(3));
        inBrowser("agent-inbox-overdue.png", () -> {
            browser.get(url("inbox"));
            WebElement grid = wait.until(d -> d.findElement(By.id("issues-grid")));
            WebElement views = wait.until(d -> d.findElement(By.cssSelector("#issues-views input")));
            views.sendKeys("承诺回复已逾期");
            wait.until(
                    d -> d.findElement(By.cssSelector("vaadin-combo-box-item")).isDisplayed());
            views.sendKeys(Keys.ENTER);
            wait.until(d -> cellTexts(grid).contains("厨房台面开裂 " + marker));
            WebElement promises = browser.findElement(By.id("inbox-promises"));
            assertThat(promises.findElements(By.className("siteline-promise-overdue")))
                    .extracting(WebElement::getText)
                    .anySatisfy(text -> assertThat(text).contains(marker));
        });
    }

    /**
     * A real click on the cell (so the grid gets keyboard focus there, as with a mouse); returns whether the
     * cell was there to click (the grid renders rows lazily).
     */
    private boolean clickCell(WebElement grid, String text) {
        WebElement cell = (WebElement) ((JavascriptExecutor) browser)
                .executeScript(
                        "return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))"
                                + ".find(c => c.textContent.trim() === arguments[1]) || null;",
                        grid,
                        text);
        if (cell == null) {
            return false;
        }
        cell.click();
        return true;
    }
}
