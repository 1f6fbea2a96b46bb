package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueDetails;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.testsupport.WorkspaceFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The header's search box in Chromium: the agent focuses it with Ctrl+K, types a rare word, sees the issue with the
 * word marked and opens it with Enter; then types the last digits of a phone written with dashes and opens the
 * customer with Enter.
 */
class SearchBoxE2EIT extends BrowserTest {

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    CustomerService customers;

    @Autowired
    RunAs as;

    private void shot(String name) {
        try {
            screenshot(name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theAgentFindsARareWordAndAPhoneTailAndOpensThemWithEnter() throws Exception {
        String marker = WorkspaceFixture.marker();
        String rare = "踢脚线发霉";
        long unit = fixture.unit("SH-HOME");
        String tail =
                String.valueOf(10_000_000 + (System.nanoTime() % 89_999_999)).substring(0, 8);
        CustomerDetails customer = as.user(
                "manager",
                () -> customers.create(CustomerDraft.of(
                        unit, "孔先生" + marker, "139-" + tail.substring(0, 4) + "-" + tail.substring(4))));
        IssueDetails issue = fixture.issue(
                customer, "次卧" + rare + "，墙角返潮 " + marker, IssueType.COMPLAINT, "other", Urgency.IMPORTANT);

        inBrowser("search-rare-word-opened.png", () -> {
            signInAt("inbox", "agent");
            wait.until(d -> d.findElement(By.id("issues-grid")));
            new Actions(browser)
                    .keyDown(Keys.CONTROL)
                    .sendKeys("k")
                    .keyUp(Keys.CONTROL)
                    .perform();
            WebElement input = wait.until(d -> d.findElement(By.cssSelector("#search-box input")));
            wait.until(d -> input.equals(d.switchTo().activeElement()));
            input.sendKeys(rare + " " + marker);
            wait.ignoring(StaleElementReferenceException.class).until(d -> {
                List<WebElement> marks =
                        d.findElements(By.cssSelector("#search-results .siteline-search-hit.selected .siteline-mark"));
                return marks.stream().map(WebElement::getText).toList().contains(rare);
            });
            shot("search-rare-word-results.png");
            input.sendKeys(Keys.ENTER);
            wait.until(d -> d.getCurrentUrl().endsWith("issues/" + issue.id()));
            wait.until(d -> d.findElement(By.id("issue-title")).getText().contains(rare));
        });

        inBrowser("search-phone-tail-opened.png", () -> {
            WebElement input = wait.until(d -> d.findElement(By.cssSelector("#search-box input")));
            input.click();
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), tail);
            wait.ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(
                                            "#search-results .siteline-search-hit.selected[href='customers/"
                                                    + customer.id() + "']"))
                                    .size()
                            == 1);
            shot("search-phone-tail-results.png");
            input.sendKeys(Keys.ENTER);
            wait.until(d -> d.getCurrentUrl().endsWith("customers/" + customer.id()));
            wait.until(d -> d.findElement(By.id("customer-360")).getText().contains("孔先生" + marker));
            assertThat(browser.getCurrentUrl()).endsWith("customers/" + customer.id());
        });
    }
}
