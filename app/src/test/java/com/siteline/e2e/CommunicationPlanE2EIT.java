package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.meeting.MeetingKind;
import com.siteline.meeting.MeetingView;
import com.siteline.meeting.Meetings;
import com.siteline.meeting.NewMeeting;
import com.siteline.organization.RunAs;
import com.siteline.plan.PlanTaskRow;
import com.siteline.plan.PlanTasks;
import com.siteline.plan.TaskState;
import com.siteline.portal.PortalAccess;
import com.siteline.testsupport.PortalFixture;
import com.siteline.testsupport.TestClock;
import com.siteline.testsupport.WorkspaceFixture;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A communication plan in Chromium: the project manager adapts the variant's default plan (a line added) and
 * submits it, the manager approves it; a week passes (the clock moved); the week's weekly report task is overdue in
 * {@code plans}; the project manager sends the report from the project page and the task is held late. Then the
 * minutes of a meeting reach the customer, who acknowledges them on their phone. Screenshots in
 * target/screenshots/plan-*.png.
 */
class CommunicationPlanE2EIT extends BrowserTest {

    @Autowired
    PortalFixture ground;

    @Autowired
    PlanTasks tasks;

    @Autowired
    com.siteline.plan.PlanSchedule schedule;

    @Autowired
    Meetings meetings;

    @Autowired
    PortalAccess access;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clock() {
        jdbc.update(
                "delete from notification where created_at > ?",
                java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(60)));
        TestClock.reset();
    }

    private Object js(ChromeDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private WebElement shown(String id) {
        WebElement element = wait.until(d -> d.findElement(By.id(id)));
        js(browser, "arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    private PlanTaskRow reportTask(long projectId, java.time.LocalDate week) {
        return as.user("pm", () -> tasks.ofProject(projectId)).stream()
                .filter(t ->
                        t.lineKey().equals("weekly-report") && t.periodFirst().equals(week))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void thePlanIsAdaptedApprovedAndItsLateWeeklyReportHeldLateAndMinutesReachTheCustomer() throws Exception {
        String marker = WorkspaceFixture.marker();
        var g = ground.atInspection("沟通计划" + marker);
        long projectId = g.project().id();
        inBrowser("plan-1-pm-adapts.png", () -> {
            signInAt("projects/" + projectId, "pm");
            shown("plan-draft").click();
            shown("plan-line-add").click();
            wait.until(d -> d.findElement(By.cssSelector("#plan-line-goal input")))
                    .sendKeys("主材进场前电话确认");
            browser.findElement(By.cssSelector("#plan-line-content textarea")).sendKeys("品牌、规格、进场时间");
            browser.findElement(By.id("plan-line-save")).click();
            wait.until(d -> cellTexts(d.findElement(By.id("plan-draft-lines"))).contains("主材进场前电话确认"));
            shown("plan-submit").click();
            wait.until(d ->
                    "待经理批准".equals(d.findElement(By.id("plan-working-state")).getDomProperty("textContent")));
        });
        inBrowser("plan-2-manager-approves.png", () -> {
            browser.manage().deleteAllCookies();
            signInAt("projects/" + projectId, "manager");
            shown("plan-approve").click();
            wait.until(d -> d.findElement(By.id("plan-in-force"))
                    .getDomProperty("textContent")
                    .startsWith("第 1 版生效中"));
        });
        java.time.LocalDate week = java.time.LocalDate.now(TestClock.INSTANCE.withZone(ZoneId.of("Asia/Shanghai")))
                .with(java.time.DayOfWeek.MONDAY);
        // a week passes; the hourly timer makes the next week's tasks
        TestClock.advance(Duration.ofDays(8));
        as.system(() -> schedule.reconcile(projectId));
        inBrowser("plan-3-pm-sees-overdue.png", () -> {
            browser.manage().deleteAllCookies();
            signInAt("plans", "pm");
            WebElement grid = wait.until(d -> d.findElement(By.id("plans-grid")));
            browser.findElement(By.cssSelector("#plans-search input")).sendKeys(marker);
            // only this project's tasks: its week's report overdue
            wait.until(d -> {
                java.util.List<String> cells = cellTexts(d.findElement(By.id("plans-grid")));
                // (the grid keeps cells of rows the search left out: presence is what can be read)
                return cells.contains(g.project().name()) && cells.contains("逾期") && cells.contains("每周进度汇报");
            });
            assertThat(reportTask(projectId, week)
                            .overdue(java.time.LocalDate.now(TestClock.INSTANCE.withZone(ZoneId.of("Asia/Shanghai")))))
                    .isTrue();
        });
        inBrowser("plan-4-pm-sends-late-report.png", () -> {
            browser.get(url("projects/" + projectId));
            shown("project-portal-report").click();
            WebElement body = wait.until(d -> d.findElement(By.cssSelector("#report-body textarea")));
            assertThat(body.getDomProperty("value")).isNotBlank();
            browser.findElement(By.cssSelector("#report-next textarea")).sendKeys("请周三前确认墙砖样板。");
            browser.findElement(By.id("report-send")).click();
            wait.until(d -> reportTask(projectId, week).state() == TaskState.LATE);
        });
        inBrowser("plan-5-pm-sees-held-late.png", () -> {
            browser.get(url("projects/" + projectId));
            WebElement held = shown("plan-task-" + reportTask(projectId, week).id());
            assertThat(held.getText()).contains("迟办", "每周进度汇报");
        });
        TestClock.reset();

        // the minutes of a meeting reach the customer, who acknowledges them on their phone
        MeetingView meeting = as.user(
                "pm",
                () -> meetings.record(
                        null,
                        projectId,
                        new NewMeeting(
                                null,
                                MeetingKind.STAGE_ACCEPTANCE,
                                "节点验收沟通会",
                                LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
                                        .withNano(0)
                                        .minusHours(1),
                                "现场",
                                Set.of("pm"),
                                Set.of(),
                                Set.of(g.customer().id()),
                                Set.of(),
                                null,
                                null,
                                "水电节点验收合格，业主确认开槽位置。",
                                "下周进行防水闭水试验")));
        as.user("pm", () -> meetings.publish(meeting.id(), meeting.version()));
        as.user("pm", () -> access.invite(g.customer().id()));
        String token = ground.link(g.customer().id());
        ChromeDriver phone = newBrowser(null);
        phone.manage().window().setSize(new Dimension(390, 844));
        ChromeDriver staff = browser;
        WebDriverWait staffWait = wait;
        browser = phone;
        wait = waitOn(phone);
        try {
            inBrowser("plan-6-phone-minutes.png", () -> {
                phone.get(url("portal?k=" + token));
                wait.until(d -> d.findElement(By.id("portal-send-code"))).click();
                wait.until(d ->
                        d.findElement(By.id("portal-sign-in-status")).getText().contains("验证码已发送"));
                phone.findElement(By.cssSelector("#portal-code input"))
                        .sendKeys(ground.code(g.customer().id()));
                phone.findElement(By.id("portal-sign-in")).click();
                shown("portal-need-minutes-" + meeting.id()).click();
                WebElement minutes = wait.until(d -> d.findElement(By.id("portal-meeting-minutes")));
                assertThat(minutes.getText()).contains("水电节点验收合格");
                Number width = (Number) js(phone, "return document.documentElement.scrollWidth;");
                assertThat(width.intValue()).isLessThanOrEqualTo(390);
            });
            inBrowser("plan-7-phone-acknowledged.png", () -> {
                shown("portal-meeting-acknowledge").click();
                wait.until(d -> d.findElement(By.id("portal-meeting-acknowledged")));
            });
        } finally {
            phone.quit();
            browser = staff;
            wait = staffWait;
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from meeting_attendee where meeting_id = ? and customer_id = ?"
                                + " and opened_at is not null and acknowledged_at is not null",
                        Integer.class,
                        meeting.id(),
                        g.customer().id()))
                .isEqualTo(1);
    }
}
