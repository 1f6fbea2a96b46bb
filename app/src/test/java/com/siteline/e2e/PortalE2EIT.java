package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.organization.RunAs;
import com.siteline.portal.Confirmation;
import com.siteline.portal.PortalSharing;
import com.siteline.portal.SharedPhoto;
import com.siteline.project.AttachmentService;
import com.siteline.project.DemoPhotos;
import com.siteline.project.ProjectService;
import com.siteline.testsupport.PortalFixture;
import com.siteline.testsupport.WorkspaceFixture;
import java.nio.file.Files;
import java.time.Duration;
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
 * The customer portal in Chromium, the customer on a 390 × 844 phone. First run: the project manager shares a
 * photo of the waterproofing inspection, invites the customer and asks them to sign; the customer signs in with
 * the code from the outbox, sees the photo in the timeline, opens it full size and signs the node inspection
 * (with the waterproofing) with their name and a fresh code; the manager's project page shows the gate open and
 * moves on. Second run: the customer rejects with a reason, and the rectification is in the agent's inbox with its
 * countdown. Screenshots of each screen in target/screenshots/portal-*.png.
 */
class PortalE2EIT extends BrowserTest {

    @Autowired
    PortalFixture ground;

    @Autowired
    PortalSharing sharing;

    @Autowired
    ProjectService projects;

    @Autowired
    IssueQueries queries;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AttachmentService attachments;

    private ChromeDriver phone;

    private Object js(ChromeDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void scrollTo(ChromeDriver driver, WebElement element) {
        js(driver, "arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Nothing on the phone's page is wider than the phone. */
    private void fitsThePhone() {
        Number width = (Number) js(phone, "return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).isLessThanOrEqualTo(390);
    }

    /** Runs steps on the phone, with a screenshot of the phone's screen. */
    private void onPhone(String screenshot, Runnable steps) throws Exception {
        ChromeDriver staff = browser;
        WebDriverWait staffWait = wait;
        browser = phone;
        wait = waitOn(phone);
        try {
            inBrowser(screenshot, steps);
        } finally {
            browser = staff;
            wait = staffWait;
        }
    }

    private void openPhone() throws Exception {
        phone = newBrowser(Files.createTempDirectory("siteline-portal-phone"));
        phone.manage().window().setSize(new Dimension(390, 844));
    }

    private void signInOnPhone(long customerId, String token, String prefix) throws Exception {
        onPhone(prefix + "-sign-in.png", () -> {
            phone.get(url("portal?k=" + token));
            wait.until(d -> d.findElement(By.id("portal-send-code"))).click();
            wait.until(
                    d -> d.findElement(By.id("portal-sign-in-status")).getText().contains("验证码已发送"));
            phone.findElement(By.cssSelector("#portal-code input")).sendKeys(ground.code(customerId));
            fitsThePhone();
        });
        onPhone(prefix + "-home.png", () -> {
            phone.findElement(By.id("portal-sign-in")).click();
            wait.until(d -> d.findElement(By.id("portal-hello")));
            fitsThePhone();
        });
    }

    @Test
    void thePmSharesAPhotoAndTheCustomerSignsTheInspectionOnTheirPhone() throws Exception {
        var g = ground.atInspection("手机业主" + WorkspaceFixture.marker());
        SharedPhoto waterproofing = as
                .user("pm", () -> sharing.photos(g.project().id()))
                .stream()
                .filter(p -> p.fileName().startsWith("waterproofing"))
                .findFirst()
                .orElseThrow();
        openPhone();
        try {
            inBrowser("portal-1-pm-shares-and-invites.png", () -> {
                signInAt("projects/" + g.project().id(), "pm");
                WebElement share =
                        wait.until(d -> d.findElement(By.id("project-photo-share-" + waterproofing.attachmentId())));
                scrollTo(browser, share);
                share.click();
                wait.until(d -> as.user("pm", () -> sharing.photos(g.project().id())).stream()
                        .anyMatch(p -> p.attachmentId() == waterproofing.attachmentId() && p.shared()));
                browser.findElement(By.id("project-portal-invite")).click();
                wait.until(d -> jdbc.queryForObject(
                                "select count(*) from portal_access where customer_id = ?",
                                Integer.class,
                                g.customer().id())
                        == 1);
                browser.findElement(By.id("project-portal-ask")).click();
                wait.until(d -> d.findElements(By.cssSelector("[id^=project-confirmation-state-]")).stream()
                        .anyMatch(e -> e.getText().startsWith("等待客户确认")));
            });
            Confirmation asked =
                    as.user("pm", () -> sharing.confirmations(g.project().id())).getFirst();
            // the customer's link and codes, as the outbox holds them
            String token = ground.link(g.customer().id());
            signInOnPhone(g.customer().id(), token, "portal-2");

            onPhone("portal-3-phone-project.png", () -> {
                phone.findElement(By.id("portal-project-" + g.project().id())).click();
                WebElement photo = wait.until(
                        d -> d.findElement(By.cssSelector("#portal-photo-" + waterproofing.attachmentId() + " img")));
                scrollTo(phone, photo);
                // the preview is drawn: a server-made image, loaded
                wait.until(d -> ((Number) js(phone, "return arguments[0].naturalWidth;", photo)).intValue() > 0);
                assertThat(phone.findElement(By.id("portal-stage-node-inspections"))
                                .getText())
                        .contains("节点验收", "进行中");
                fitsThePhone();
            });
            onPhone("portal-4-phone-photo-full.png", () -> {
                phone.findElement(By.id("portal-photo-" + waterproofing.attachmentId()))
                        .click();
                WebElement big = wait.until(
                        d -> d.findElement(By.cssSelector("vaadin-dialog-overlay img, #portal-photo-dialog img")));
                wait.until(d -> ((Number) js(phone, "return arguments[0].naturalWidth;", big)).intValue() > 0);
            });
            onPhone("portal-5-phone-confirmation.png", () -> {
                phone.findElement(By.id("portal-photo-close")).click();
                phone.get(url("portal"));
                wait.until(d -> d.findElement(By.id("portal-need-confirmation-" + asked.id())))
                        .click();
                WebElement content = wait.until(d -> d.findElement(By.id("portal-confirmation-content")));
                assertThat(content.getText()).contains("防水验收", "合格");
                fitsThePhone();
            });
            onPhone("portal-6-phone-signed.png", () -> {
                WebElement name = phone.findElement(By.cssSelector("#portal-sign-name input"));
                scrollTo(phone, name);
                name.sendKeys(g.customer().name());
                phone.findElement(By.id("portal-sign-send-code")).click();
                wait.until(d ->
                        d.findElement(By.id("portal-sign-status")).getText().contains("验证码已发送"));
                phone.findElement(By.cssSelector("#portal-sign-code input"))
                        .sendKeys(ground.code(g.customer().id()));
                phone.findElement(By.id("portal-sign")).click();
                WebElement decided = wait.until(d -> d.findElement(By.id("portal-decided")));
                scrollTo(phone, decided);
                assertThat(decided.getText()).contains("已签字确认", g.customer().name(), asked.contentHash());
                fitsThePhone();
            });
            // a portal session opens no staff page
            onPhone("portal-7-phone-no-staff-route.png", () -> {
                phone.get(url("inbox"));
                wait.until(d -> d.getCurrentUrl().endsWith("/login"));
            });
        } finally {
            phone.quit();
        }

        inBrowser("portal-8-pm-gate-open.png", () -> {
            browser.get(url("projects/" + g.project().id()));
            WebElement signOff = wait.until(d -> d.findElement(By.id("requirement-customer-sign-off")));
            assertThat(signOff.getText()).contains("已完成");
            scrollTo(browser, browser.findElement(By.id("advance-stage")));
            browser.findElement(By.id("advance-stage")).click();
            wait.until(d -> as.user("pm", () -> projects.get(g.project().id()))
                    .currentStageId()
                    .equals("self-check"));
        });
    }

    /**
     * The photo timeline's weight with 50 phone photos, measured in the phone's browser (what it transferred), printed
     * beside the same photos at full size; the previews must be a small part of the originals.
     */
    @Test
    void aTimelineOfFiftyPhotosStaysLight() throws Exception {
        var g = ground.atInspection("五十张照片" + WorkspaceFixture.marker());
        long originals = 0;
        for (int i = 0; i < 50; i++) {
            byte[] jpeg = DemoPhotos.jpeg(1000 + i);
            originals += jpeg.length;
            int n = i;
            var ref =
                    as.user("pm", () -> attachments.upload(g.project().id(), "site-" + n + ".jpg", "image/jpeg", jpeg));
            as.user("pm", () -> sharing.share(g.project().id(), ref.id(), true));
        }
        long full = originals;
        String token = ground.invite(g.customer().id());
        openPhone();
        try {
            signInOnPhone(g.customer().id(), token, "portal-12");
            onPhone("portal-12-phone-fifty-photos.png", () -> {
                js(phone, "performance.clearResourceTimings(); performance.setResourceTimingBufferSize(1000);");
                phone.get(url("portal/projects/" + g.project().id()));
                wait.until(d -> d.findElement(By.id("portal-photos-heading")));
                // scroll through the timeline so every lazy preview loads
                for (int i = 0; i < 40; i++) {
                    js(phone, "window.scrollBy(0, 600);");
                }
                wait.until(d -> ((Number) js(
                                        phone,
                                        "return Array.from(document.querySelectorAll('.siteline-portal-photos img'))"
                                                + ".filter(i => i.complete && i.naturalWidth > 0).length;"))
                                .intValue()
                        >= 50);
                @SuppressWarnings("unchecked")
                java.util.Map<String, Number> weight = (java.util.Map<String, Number>)
                        js(
                                phone,
                                "const r = performance.getEntriesByType('resource');"
                                        + "const n = performance.getEntriesByType('navigation')[0];"
                                        + "const img = r.filter(e => e.initiatorType === 'img');"
                                        + "const sum = a => a.reduce((t, e) => t + (e.transferSize || e.encodedBodySize), 0);"
                                        + "return {page: sum(r) + (n ? n.transferSize : 0), images: sum(img), count: img.length};");
                long images = weight.get("images").longValue();
                long page = weight.get("page").longValue();
                System.out.printf(
                        "PORTAL PHOTO TIMELINE, 50 photos at 390 px: page %d KB in all, previews %d KB (%d images,"
                                + " %.1f KB each); the same photos at full size %d KB; target: under 20 KB a preview and under"
                                + " 1 MB transferred for the page (%s)%n",
                        page / 1024,
                        images / 1024,
                        weight.get("count").intValue(),
                        images / 1024.0 / Math.max(1, weight.get("count").intValue()),
                        full / 1024,
                        images < 20L * 1024 * weight.get("count").intValue() && page < 1024L * 1024 ? "met" : "missed");
                assertThat(weight.get("count").intValue()).isGreaterThanOrEqualTo(50);
                assertThat(images).as("previews, not the originals").isLessThan(full / 5);
                fitsThePhone();
                // a keyboard opens a photo as a tap does
                WebElement first = phone.findElement(By.cssSelector(".siteline-portal-photos [role=button]"));
                js(phone, "arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", first);
                first.sendKeys(org.openqa.selenium.Keys.ENTER);
                wait.until(d -> !d.findElements(By.id("portal-photo-close")).isEmpty());
            });
        } finally {
            phone.quit();
        }
    }

    @Test
    void theCustomerRejectsAndTheRectificationIsInTheAgentsInboxWithItsCountdown() throws Exception {
        String marker = WorkspaceFixture.marker();
        var g = ground.atInspection("拒签业主" + marker);
        Confirmation asked = as.user("pm", () -> sharing.askToSign(g.project().id()));
        String token = ground.invite(g.customer().id());
        openPhone();
        try {
            signInOnPhone(g.customer().id(), token, "portal-9");
            onPhone("portal-10-phone-rejected.png", () -> {
                phone.get(url("portal/confirmations/" + asked.id()));
                WebElement reason = wait.until(d -> d.findElement(By.cssSelector("#portal-reject-reason textarea")));
                scrollTo(phone, reason);
                phone.findElement(By.id("portal-reject")).click();
                wait.until(d ->
                        d.findElement(By.id("portal-reject-status")).getText().equals("请写明原因。"));
                reason.sendKeys("闭水试验后楼下天花有水印");
                phone.findElement(By.id("portal-reject")).click();
                WebElement decided = wait.until(d -> d.findElement(By.id("portal-decided")));
                scrollTo(phone, decided);
                assertThat(decided.getText()).contains("已拒绝", "闭水试验后楼下天花有水印");
                fitsThePhone();
            });
        } finally {
            phone.quit();
        }
        Long issueId =
                jdbc.queryForObject("select issue_id from portal_confirmation where id = ?", Long.class, asked.id());
        IssueDetails rectification = as.user("agent", () -> queries.get(issueId));
        assertThat(rectification.assignee()).isEqualTo("pm");

        inBrowser("portal-11-agent-inbox.png", () -> {
            signInAt("inbox", "agent");
            WebElement grid = wait.until(d -> d.findElement(By.id("issues-grid")));
            browser.findElement(By.cssSelector("#issues-search input"))
                    .sendKeys(g.customer().name());
            // the search has narrowed the inbox to this customer's issues: the rectification alone
            wait.until(d -> d.findElement(By.id("issues-total")).getText().equals("共 1 条"));
            wait.until(d -> cellTexts(grid).stream().anyMatch(t -> t.startsWith("整改：节点验收未通过")));
            // its countdown runs
            assertThat(cellTexts(grid)).anySatisfy(t -> assertThat(t).contains("剩"));
        });
        assertThat(Duration.between(rectification.createdAt(), rectification.nextDueAt()))
                .isPositive();
    }
}
