package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.access.AccessGrid;
import com.siteline.access.AccessRequestSummary;
import com.siteline.access.AccessRequests;
import com.siteline.base.grid.GridQuery;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.TestClock;
import com.siteline.testsupport.WorkspaceFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 查阅申请 end to end: the agent asks to read another unit's customer, the manager approves, the agent reads the
 * record, the grant's days pass and the record is gone again; the audit log shows all of it.
 */
class AccessRequestE2EIT extends BrowserTest {

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    CommunicationService log;

    @Autowired
    AccessRequests requests;

    @Autowired
    RunAs as;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private ChromeDriver second;

    @AfterEach
    void resetClockAndCloseTheSecondBrowser() {
        TestClock.reset();
        if (second != null) {
            second.quit();
        }
    }

    @Test
    void anAgentAsksTheManagerApprovesTheAgentReadsAndTheGrantRunsOut() throws IOException {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("BJ-PROPERTY", "业主 周" + marker);
        as.user(
                "admin",
                () -> log.record(new NewLogEntry(
                        customer.id(),
                        null,
                        null,
                        TestClock.INSTANCE.instant(),
                        null,
                        Channel.PHONE,
                        "业主",
                        "电梯异响报修 " + marker,
                        "已通知维保单位",
                        null,
                        false)));

        inBrowser("access-agent-request.png", () -> {
            signInAt("customers/" + customer.id(), "agent");
            var request = wait.until(d -> d.findElement(By.id("customer-request-access")));
            assertThat(browser.findElement(By.id("customer-360")).getText()).doesNotContain(customer.name());
            request.click();
            wait.until(d -> d.findElement(By.cssSelector("#access-reason textarea")))
                    .sendKeys("业主来电称曾由外墙部门维修，核对记录");
            browser.findElement(By.id("access-file")).click();
            wait.until(d -> d.findElements(By.id("access-dialog")).isEmpty());
        });
        AccessRequestSummary filed = as.user(
                        "agent", () -> requests.page(GridQuery.empty().choice("whose", AccessGrid.MINE), 0, 1))
                .getFirst();
        assertThat(filed.recordId()).isEqualTo(customer.id());

        second = newBrowser(Files.createTempDirectory("siteline-chromium-manager"));
        inBrowser("access-manager-approve.png", () -> {
            ChromeDriver agent = browser;
            WebDriverWait agentWait = wait;
            browser = second;
            wait = waitOn(second);
            try {
                signInAt("access-requests/" + filed.id(), "manager");
                wait.until(d -> d.findElement(By.id("access-approve"))).click();
                // the facts are redrawn after the approval: a read of the old element is tried again
                wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d ->
                                d.findElement(By.id("access-facts")).getText().contains("已批准"));
                try {
                    screenshot("access-manager-approved.png");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            } finally {
                browser = agent;
                wait = agentWait;
            }
        });

        inBrowser("access-agent-reads.png", () -> {
            browser.get(url("access-requests/" + filed.id()));
            wait.until(d -> d.findElement(By.id("access-record-view")).getText().contains(customer.name()));
            assertThat(browser.findElement(By.id("access-record-log")).getText())
                    .contains("电梯异响报修 " + marker);
        });

        // the dialog asked for a week: eight days later the grant has run out
        TestClock.advance(Duration.ofDays(8));
        inBrowser("access-grant-expired.png", () -> {
            browser.get(url("access-requests/" + filed.id()));
            wait.until(d -> d.findElement(By.id("access-record-view")).getText().contains("授权已结束"));
            assertThat(browser.findElement(By.id("access-request-view")).getText())
                    .doesNotContain("电梯异响报修");
        });

        inBrowser("access-audit-log.png", () -> {
            second.quit();
            second = null;
            browser.quit();
            browser = newBrowser(profileForAdmin());
            wait = waitOn(browser);
            signInAt("access-requests/" + filed.id(), "admin");
            wait.until(d -> d.findElement(By.id("access-audit-link"))).click();
            long entries = jdbc.queryForObject(
                    "select count(*) from audit_entry where record_type = 'access'" + " and record_id = ?",
                    Long.class,
                    Long.toString(filed.id()));
            // filed, approved, and each read of the record (customer, its log, issues and projects) under the grant
            assertThat(entries).isGreaterThanOrEqualTo(6);
            wait.until(d -> d.findElement(By.id("audit-total")).getText().equals("共 " + entries + " 条"));
            var cells = cellTexts(browser.findElement(By.id("audit-grid")));
            // who by name, not login (#30)
            String manager =
                    jdbc.queryForObject("select display_name from app_user where username = 'manager'", String.class);
            String agent =
                    jdbc.queryForObject("select display_name from app_user where username = 'agent'", String.class);
            assertThat(cells).contains("查阅申请", "新建", "修改", manager, agent);
        });
    }

    private static java.nio.file.Path profileForAdmin() {
        try {
            return Files.createTempDirectory("siteline-chromium-admin");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
