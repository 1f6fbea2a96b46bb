package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.communication.CommunicationService;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.IssueStatus;
import com.siteline.issue.StepInput;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.survey.SurveyService;
import com.siteline.survey.SurveySummary;
import com.siteline.survey.SurveySweep;
import com.siteline.testsupport.WorkspaceFixture;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The poor-rating loop in Chromium: the agent closes a case the manager handled; when its survey goes out
 * (the timer's sweep, run at the delay), the admin reads the link in the outbox; the customer opens it on a
 * 390 px phone, gives 2 stars with a reason; the case is back in the manager's inbox in progress, and the
 * manager's bell says why.
 */
class SurveyPoorRatingE2EIT extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+/survey/([A-Za-z0-9_-]+)");

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    IssueService issues;

    @Autowired
    IssueQueries queries;

    @Autowired
    CommunicationService communications;

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveySweep sweep;

    @Autowired
    RunAs as;

    @Autowired
    Clock clock;

    @Test
    void aTwoStarAnswerFromThePhoneReopensTheCaseAndTellsTheManager() throws Exception {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "回访业主" + marker);
        IssueDetails raised =
                fixture.issue(customer, "卫生间墙砖空鼓 " + marker, IssueType.COMPLAINT, "quality-acceptance", Urgency.NORMAL);
        IssueDetails assigned = as.user("admin", () -> issues.assign(raised.id(), raised.version(), "manager"));
        IssueDetails handling = as.user(
                "manager",
                () -> issues.move(assigned.id(), assigned.version(), IssueStatus.IN_PROGRESS, StepInput.none()));
        as.user(
                "manager",
                () -> communications.record(new NewLogEntry(
                        customer.id(),
                        null,
                        raised.id(),
                        clock.instant().minusSeconds(120),
                        null,
                        Channel.PHONE,
                        "经理；" + customer.name(),
                        "约定上门重新铺贴",
                        "客户同意",
                        null,
                        false,
                        List.of())));
        IssueDetails current = as.user("manager", () -> queries.get(handling.id()));
        as.user(
                "manager",
                () -> issues.move(
                        current.id(),
                        current.version(),
                        IssueStatus.FEEDBACK_GIVEN,
                        new StepInput("已反馈客户", "基层空鼓", "已重新铺贴", null)));

        inBrowser("survey-1-agent-closes.png", () -> {
            signInAt("issues/" + raised.id(), "agent");
            WebElement close = wait.until(d -> d.findElement(By.id("issue-step-CLOSED")));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", close);
            close.click();
            WebElement verdict = wait.until(d -> d.findElement(By.cssSelector("#step-verdict input")));
            verdict.sendKeys("满意");
            wait.until(
                    d -> d.findElement(By.cssSelector("vaadin-combo-box-item")).isDisplayed());
            verdict.sendKeys(Keys.ENTER);
            browser.findElement(By.id("step-confirm")).click();
            wait.until(d -> d.findElements(By.id("step-dialog")).isEmpty());
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("issue-panel")).getText().contains("已关闭"));
        });
        assertThat(as.user("admin", () -> queries.get(raised.id())).status()).isEqualTo(IssueStatus.CLOSED);

        // the delay has passed: the timer's sweep sends the survey
        SurveySummary scheduled =
                as.user("admin", () -> surveys.ofIssue(raised.id())).orElseThrow();
        as.system(() -> sweep.run(scheduled.dueAt().plusSeconds(1)));

        String[] link = new String[1];
        inBrowser("survey-2-outbox.png", () -> {
            browser.manage().deleteAllCookies();
            signInAt("admin/outbox", "admin");
            WebElement search = wait.until(d -> d.findElement(By.cssSelector("#outbox-search input")));
            search.sendKeys(marker);
            WebElement grid = browser.findElement(By.id("outbox-grid"));
            wait.until(d -> cellTexts(grid).stream().anyMatch(t -> t.contains("回访业主" + marker)));
            WebElement cell = (WebElement) ((JavascriptExecutor) browser)
                    .executeScript(
                            "return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))"
                                    + ".find(c => c.textContent.includes(arguments[1]));",
                            grid,
                            "回访业主" + marker);
            cell.click();
            String body = wait.until(d -> d.findElement(By.id("outbox-body"))).getText();
            Matcher found = LINK.matcher(body);
            assertThat(found.find()).as(body).isTrue();
            link[0] = found.group(1);
        });

        ChromeDriver phone = newBrowser(Files.createTempDirectory("siteline-phone"));
        ChromeDriver staff = browser;
        try {
            browser = phone;
            wait = waitOn(phone);
            phone.manage().window().setSize(new Dimension(390, 844));
            inBrowser("survey-3-phone-open.png", () -> {
                phone.get(url("survey/" + link[0]));
                wait.until(d -> d.findElement(By.id("survey-q-rating")));
                assertThat(phone.findElement(By.tagName("h2")).getText()).isEqualTo("服务满意度回访");
                // nothing wider than the phone
                Number width = (Number)
                        ((JavascriptExecutor) phone).executeScript("return document.documentElement.scrollWidth;");
                assertThat(width.intValue()).isLessThanOrEqualTo(390);
            });
            inBrowser("survey-4-phone-two-stars.png", () -> {
                WebElement two = phone.findElements(By.cssSelector("#survey-q-rating vaadin-radio-button")).stream()
                        .filter(b -> b.getText().contains("不满意") && !b.getText().contains("非常"))
                        .findFirst()
                        .orElseThrow();
                two.findElement(By.tagName("label")).click();
                WebElement unsolved =
                        wait.until(d -> d.findElements(By.cssSelector("#survey-q-reasons vaadin-checkbox")).stream()
                                .filter(b -> b.getText().contains("问题没有解决"))
                                .findFirst()
                                .orElse(null));
                ((JavascriptExecutor) phone).executeScript("arguments[0].scrollIntoView({block: 'center'});", unsolved);
                unsolved.findElement(By.tagName("label")).click();
                wait.until(d -> unsolved.getDomAttribute("checked") != null);
                phone.findElement(By.cssSelector("#survey-q-comment textarea")).sendKeys("墙砖还是空鼓");
            });
            inBrowser("survey-5-phone-thanks.png", () -> {
                WebElement send = phone.findElement(By.id("survey-send"));
                ((JavascriptExecutor) phone).executeScript("arguments[0].scrollIntoView({block: 'center'});", send);
                send.click();
                wait.until(d -> d.findElement(By.id("survey-thanks")).getText().startsWith("感谢您的反馈"));
            });
        } finally {
            phone.quit();
            browser = staff;
            wait = waitOn(staff);
        }
        assertThat(as.user("admin", () -> queries.get(raised.id())).status()).isEqualTo(IssueStatus.IN_PROGRESS);

        inBrowser("survey-6-manager-inbox.png", () -> {
            browser.manage().deleteAllCookies();
            signInAt("inbox", "manager");
            WebElement grid = wait.until(d -> d.findElement(By.id("issues-grid")));
            WebElement search = browser.findElement(By.cssSelector("#issues-search input"));
            search.sendKeys(marker);
            wait.until(d -> cellTexts(grid).contains("卫生间墙砖空鼓 " + marker));
            assertThat(cellTexts(grid)).contains("处理中");
            browser.findElement(By.id("notification-bell")).click();
            WebElement list = wait.until(d -> d.findElement(By.id("notification-list")));
            wait.until(d -> list.getText().contains("卫生间墙砖空鼓 " + marker));
            assertThat(list.getText()).contains("2/5", "问题没有解决", "墙砖还是空鼓");
        });
    }
}
