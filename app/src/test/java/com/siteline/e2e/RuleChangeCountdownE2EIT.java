package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.customer.CustomerDetails;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.ResponseRule;
import com.siteline.sla.ResponseRuleService;
import com.siteline.testsupport.WorkspaceFixture;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin shortens the urgent-complaint first response to 30 minutes; a new urgent complaint counts down from it. */
class RuleChangeCountdownE2EIT extends BrowserTest {

    @Autowired
    ResponseRuleService rules;

    @Autowired
    RunAs as;

    @Autowired
    WorkspaceFixture fixture;

    @AfterEach
    void defaults() {
        as.user("admin", () -> rules.resetToDefaults("home-decoration", rules.version("home-decoration")));
    }

    @Test
    void aNewUrgentComplaintShowsTheNewTarget() throws IOException {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "严" + marker);
        List<ResponseRule> current = rules.rules("home-decoration");
        int row = 0;
        while (!(current.get(row).issueType() == IssueType.COMPLAINT
                && current.get(row).urgency() == Urgency.URGENT)) {
            row++;
        }
        int number = row + 1;

        inBrowser("admin-rule-changed.png", () -> {
            signInAt("admin/response-times", "admin");
            wait.until(d -> d.findElement(By.id("rules-plugin"))).click();
            WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                    .filter(i -> i.getText().contains("家"))
                    .findFirst()
                    .orElse(null));
            item.click();
            WebElement grid = wait.until(d -> d.findElement(By.id("rules-grid")));
            wait.until(d -> cellTexts(grid).contains(String.valueOf(number)));
            // a real click on the rule's number, again if the grid re-rendered under it (it reloads when
            // the plugin changes); done when the editor shows the rule's 2 hours
            wait.until(d -> {
                try {
                    if ("2"
                            .equals(d.findElement(By.cssSelector("#rule-first-response input"))
                                    .getDomProperty("value"))) {
                        return true;
                    }
                    WebElement cell = (WebElement) ((JavascriptExecutor) browser)
                            .executeScript(
                                    "return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))"
                                            + ".find(c => c.textContent.trim() === arguments[1]);",
                                    d.findElement(By.id("rules-grid")),
                                    String.valueOf(number));
                    if (cell != null) {
                        cell.click();
                    }
                    return false;
                } catch (org.openqa.selenium.StaleElementReferenceException e) {
                    return false;
                }
            });
            WebElement first = browser.findElement(By.cssSelector("#rule-first-response input"));
            first.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0.5", Keys.TAB);
            browser.findElement(By.id("apply-rule")).click();
            wait.until(d -> d.findElement(By.id("save-rules")).isEnabled());
            browser.findElement(By.id("save-rules")).click();
            wait.until(d -> rules.customised("home-decoration"));
        });
        assertThat(rules.rules("home-decoration").get(row).firstResponseMinutes())
                .isEqualTo(30);

        inBrowser("new-complaint-countdown.png", () -> {
            browser.get(url("inbox"));
            wait.until(d -> d.findElement(By.id("new-issue"))).click();
            WebElement who = wait.until(d -> d.findElement(By.cssSelector("#new-issue-customer input")));
            who.sendKeys(marker);
            WebElement option = wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                    .filter(i -> i.getText().contains(marker))
                    .findFirst()
                    .orElse(null));
            option.click();
            wait.until(d -> who.getDomProperty("value").contains(marker));
            browser.findElement(By.cssSelector("#new-issue-title input")).sendKeys("新装橱柜门板脱落 " + marker);
            WebElement type = browser.findElement(By.cssSelector("#new-issue-type input"));
            type.sendKeys(Keys.chord(Keys.CONTROL, "a"), "投诉");
            wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                    .anyMatch(i -> i.getText().equals("投诉")));
            type.sendKeys(Keys.ENTER);
            WebElement urgency = browser.findElement(By.cssSelector("#new-issue-urgency input"));
            // a complaint's classes in seed 003's words
            urgency.sendKeys(Keys.chord(Keys.CONTROL, "a"), "紧急投诉");
            wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                    .anyMatch(i -> i.getText().equals("紧急投诉")));
            urgency.sendKeys(Keys.ENTER);
            browser.findElement(By.id("new-issue-save")).click();
            WebElement deadlines = wait.until(d -> d.findElement(By.id("issue-deadlines")));
            wait.until(d -> deadlines.getText().contains("时限 30分"));
            assertThat(deadlines.getText()).containsPattern("首次响应 剩 (29|30)分");
        });
    }
}
