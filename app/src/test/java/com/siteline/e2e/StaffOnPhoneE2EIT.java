package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.customer.CustomerDetails;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueService;
import com.siteline.issue.NewIssue;
import com.siteline.job.JobState;
import com.siteline.job.JobSummary;
import com.siteline.job.Jobs;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.project.AttachmentService;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectRecords;
import com.siteline.project.ProjectService;
import com.siteline.project.StageGates;
import com.siteline.sdk.ChecklistItem;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.testsupport.SampleAnswers;
import com.siteline.testsupport.WorkspaceFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff side on a 390 × 844 phone (#30), in Chromium: a project manager walks a stage's checklist with photos from
 * the phone's camera; an agent reads the inbox, an issue, logs a contact, the return visits and the repair jobs; a
 * technician takes the job sent to them from arrival to completion with a photo. Each screen is saved as
 * {@code target/screenshots/phone-*.png} and none scrolls sideways (measured in the page, not by eye); the inbox is
 * also shown on a 768 px tablet and at 1440 px, where the status and the countdown are in view without scrolling.
 */
class StaffOnPhoneE2EIT extends BrowserTest {

    static final int PHONE_WIDTH = 390;

    @Autowired
    ProjectService projects;

    @Autowired
    StageGates gates;

    @Autowired
    ProjectRecords records;

    @Autowired
    AttachmentService attachments;

    @Autowired
    OrganizationService organization;

    @Autowired
    IssueService issues;

    @Autowired
    Jobs jobs;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    private final List<String> tooWide = new ArrayList<>();

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void asPhone(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
    }

    /** Signs out by taking a fresh browser (no cookies), on a phone. */
    private void freshPhone() {
        browser.quit();
        browser = newBrowser(null);
        wait = waitOn(browser);
        asPhone(PHONE_WIDTH, 844);
    }

    /**
     * The page as it is now: saved as {@code name}, and measured: the page may not be wider than the window (a dialog
     * open: its overlay neither), else what sticks out is noted and the test fails at its end.
     */
    private void shot(String name) {
        wait.until(d -> Boolean.TRUE.equals(js("return !document.querySelector('vaadin-connection-indicator[loading]')"
                + " && document.readyState === 'complete'"
                // a dialog still fading in would be half drawn
                + " && !Array.from(document.querySelectorAll('vaadin-dialog')).some(d => d.shadowRoot"
                + " && d.shadowRoot.querySelector('vaadin-dialog-overlay[opening]'));")));
        Number page = (Number) js("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
        Number window = (Number) js("return window.innerWidth;");
        // a dialog's overlay lives in the dialog's shadow root (Vaadin 25): its surface and its content's width
        Number dialog = (Number) js("const d = Array.from(document.querySelectorAll('vaadin-dialog'))"
                + ".find(d => d.opened); if (!d) return 0;"
                + " const o = d.shadowRoot.querySelector('vaadin-dialog-overlay');"
                + " const p = o.shadowRoot.querySelector('[part=overlay]');"
                + " const c = o.shadowRoot.querySelector('[part=content]');"
                + " return Math.max(p.getBoundingClientRect().right, c.scrollWidth, p.scrollWidth);");
        if (page.intValue() > window.intValue() || dialog.intValue() > window.intValue()) {
            tooWide.add(name + ": page " + page + ", dialog " + dialog + " > " + window + " — "
                    + js("return Array.from(document.querySelectorAll('body *')).filter(e => {"
                            + " const r = e.getBoundingClientRect(); return r.width > 0 && r.right > window.innerWidth + 1; })"
                            + ".slice(0, 6).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                            + " + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ')[0] : ''))"
                            + ".join(' ');"));
        }
        try {
            screenshot(name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Brings an element to the middle of the screen and taps it (a phone's page is long). */
    private void tap(String id) {
        WebElement element = wait.until(d -> d.findElement(By.id(id)));
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void clickCell(String gridId, String text) {
        wait.until(d -> {
            WebElement cell = (WebElement) js(
                    "return Array.from(document.getElementById(arguments[0]).querySelectorAll('vaadin-grid-cell-content'))"
                            + ".find(c => c.textContent.trim().includes(arguments[1])) || null;",
                    gridId,
                    text);
            if (cell == null) {
                return false;
            }
            js("arguments[0].scrollIntoView({block: 'center'})", cell);
            cell.click();
            return true;
        });
    }

    /** The real file input inside a vaadin-upload, as the phone's camera or file picker fills it. */
    private WebElement fileInput(WebElement upload) {
        return upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
    }

    @Test
    void staffWorkOnAPhoneFitsTheScreen() throws IOException {
        Path photo = Files.createTempFile("site-photo", ".png");
        Files.write(photo, SampleAnswers.PNG);
        String marker = WorkspaceFixture.marker();

        // --- the project manager on site: a stage's checklist with photos from the camera ---
        long unit = organization.businessUnitsOf("pm").getFirst().id();
        long projectId = as.user(
                        "pm",
                        () -> projects.create(
                                new NewProject("手机验收 " + marker, "刘女士", "上海市静安区南京西路 1788 号", unit, "home-decoration")))
                .id();
        SampleAnswers.walkTo(as, projects, gates, records, attachments, "pm", projectId, "node-inspections");
        long newProject = as.user(
                        "pm",
                        () -> projects.create(
                                new NewProject("手机接待 " + marker, "王女士", "上海市长宁区天山路 8 号", unit, "home-decoration")))
                .id();
        List<ChecklistItem> items = as.user("pm", () -> records.checklist(projectId, "waterproofing"))
                .template()
                .items();
        inBrowser("phone-00-failure.png", () -> {
            asPhone(PHONE_WIDTH, 844);
            signInAt("worklist", "pm");
            wait.until(d -> d.findElement(By.id("worklist")));
            shot("phone-01-worklist.png");
            browser.get(url("projects"));
            wait.until(d -> d.findElement(By.id("projects-grid")));
            shot("phone-02-projects.png");
            browser.get(url("projects/" + projectId));
            wait.until(d -> d.findElement(By.id("stage-node-inspections")));
            shot("phone-03-project-stage.png");
            tap("open-waterproofing");
            wait.until(d -> d.findElement(By.id("checklist-dialog")));
            for (ChecklistItem item : items) {
                WebElement pass = wait.until(d ->
                                d.findElements(By.cssSelector("#item-" + item.id() + "-status vaadin-radio-button")))
                        .getFirst();
                js("arguments[0].scrollIntoView({block: 'center'})", pass);
                pass.click();
                if (item.photoRequired()) {
                    WebElement field = browser.findElement(By.id("item-" + item.id() + "-photo"));
                    WebElement input = fileInput(field.findElement(By.cssSelector("vaadin-upload")));
                    // the phone opens its camera for it
                    assertThat(input.getAttribute("capture")).isEqualTo("environment");
                    input.sendKeys(photo.toAbsolutePath().toString());
                    // a thumbnail of what was taken, not a file name
                    wait.until(d -> !field.findElements(By.cssSelector("img")).isEmpty());
                }
            }
            shot("phone-04-checklist-photos.png");
            tap("save-checklist");
            wait.until(d ->
                    d.findElement(By.id("requirement-waterproofing")).getText().contains("已完成"));
            shot("phone-05-stage-after-checklist.png");
            // a form of a stage: the consultation record of a new project
            browser.get(url("projects/" + newProject));
            tap("open-consultation");
            wait.until(d -> d.findElements(By.tagName("vaadin-dialog")).stream()
                    .anyMatch(dialog -> Boolean.TRUE.equals(js("return arguments[0].opened;", dialog))));
            shot("phone-05b-form.png");
            new org.openqa.selenium.interactions.Actions(browser)
                    .sendKeys(org.openqa.selenium.Keys.ESCAPE)
                    .perform();
        });
        assertThat(as.user("pm", () -> records.checklist(projectId, "waterproofing"))
                        .complete())
                .isTrue();

        // --- the agent: inbox, an issue, a contact logged, return visits, repair jobs ---
        CustomerDetails customer = fixture.customer("BJ-PROPERTY", "手机业主" + marker);
        IssueDetails complaint =
                fixture.issue(customer, "电梯异响 " + marker, IssueType.COMPLAINT, "other", Urgency.IMPORTANT);
        IssueDetails repair = as.user(
                "manager",
                () -> issues.create(new NewIssue(
                        customer.id(),
                        null,
                        "水龙头漏水 " + marker,
                        null,
                        IssueType.REPAIR_REQUEST,
                        "other",
                        Urgency.NORMAL)));
        JobSummary job = as.user("manager", () -> jobs.create(repair.id()));
        JobSummary sent = as.user(
                "manager",
                () -> jobs.step(
                        job.id(),
                        job.version(),
                        JobState.DISPATCHED,
                        com.siteline.testsupport.Dispatch.to("tech", "60")));
        inBrowser("phone-00-failure.png", () -> {
            freshPhone();
            signInAt("inbox", "manager");
            wait.until(d -> d.findElement(By.id("issues-grid")));
            shot("phone-06-inbox.png");
            browser.get(url("issues/" + complaint.id()));
            wait.until(d -> d.findElement(By.id("issue-log")));
            shot("phone-07-issue.png");
            tap("issue-log");
            wait.until(d -> d.findElement(By.id("log-dialog")));
            shot("phone-08-log-dialog.png");
            // on a phone a dialog takes the whole screen: as wide as the page's own width (the window less a
            // scrollbar, where the browser draws one)
            Number surface =
                    (Number) js("const d = Array.from(document.querySelectorAll('vaadin-dialog')).find(d => d.opened);"
                            + " return d.shadowRoot.querySelector('vaadin-dialog-overlay').shadowRoot"
                            + ".querySelector('[part=overlay]').getBoundingClientRect().width;");
            Number page = (Number) js("return document.documentElement.clientWidth;");
            assertThat(surface.intValue()).isBetween(page.intValue() - 1, PHONE_WIDTH);
            tap("log-dialog-cancel");
            browser.get(url("return-visits"));
            wait.until(d -> d.findElement(By.id("return-visits-grid")));
            shot("phone-09-return-visits.png");
            wait.until(d -> {
                WebElement cell = (WebElement) js("return Array.from(document.getElementById('return-visits-grid')"
                        + ".querySelectorAll('vaadin-grid-cell-content')).find(c => c.assignedSlot"
                        + " && c.assignedSlot.parentElement.parentElement.parentElement.id === 'items'"
                        + " && c.textContent.trim().length > 0) || null;");
                if (cell == null) {
                    return false;
                }
                cell.click();
                return true;
            });
            wait.until(d -> d.findElement(By.id("visit-panel")));
            shot("phone-09b-visit.png");
            browser.get(url("jobs"));
            wait.until(d -> d.findElement(By.id("jobs-grid")));
            shot("phone-10-jobs.png");
            // found by its words, as on a phone one searches rather than scrolls
            browser.findElement(By.cssSelector("#jobs-search input")).sendKeys(marker);
            wait.until(d -> d.findElement(By.id("jobs-total")).getText().equals("共 1 条"));
            clickCell("jobs-grid", "水龙头漏水 " + marker);
            wait.until(d -> d.findElement(By.id("job-appointment")));
            shot("phone-11-job-panel.png");
        });

        // --- the technician: their day, arrival, completion with a photo ---
        inBrowser("phone-00-failure.png", () -> {
            freshPhone();
            signInAt("my-jobs", "tech");
            wait.until(d -> d.findElement(By.id("my-job-" + sent.id())));
            shot("phone-12-technician-day.png");
            tap("my-job-next-" + sent.id());
            wait.until(
                    d -> d.findElement(By.id("my-job-" + sent.id())).getText().contains("已到场"));
            tap("my-job-next-" + sent.id());
            WebElement work = wait.until(d -> d.findElement(By.cssSelector("#job-work textarea")));
            work.sendKeys("更换龙头阀芯");
            browser.findElement(By.cssSelector("#job-charge input")).sendKeys("60");
            WebElement upload = browser.findElement(By.id("job-photos-upload"));
            assertThat(fileInput(upload).getAttribute("capture")).isEqualTo("environment");
            fileInput(upload).sendKeys(photo.toAbsolutePath().toString());
            wait.until(d -> !d.findElements(By.cssSelector("#job-photos img")).isEmpty());
            shot("phone-13-job-completion.png");
            tap("job-save");
            wait.until(d -> d.findElements(By.id("job-dialog")).isEmpty());
            wait.until(
                    d -> d.findElement(By.id("my-job-" + sent.id())).getText().contains("已完工待确认"));
            shot("phone-14-technician-done.png");
        });
        assertThat(as.user("tech", () -> jobs.get(sent.id())).state()).isEqualTo(JobState.COMPLETED);
        assertThat(as.user("tech", () -> jobs.photos(sent.id()))).hasSize(1);

        // --- the same inbox on a tablet, and at the desk: status and countdown in view ---
        inBrowser("phone-00-failure.png", () -> {
            freshPhone();
            asPhone(768, 1024);
            signInAt("inbox", "agent");
            wait.until(d -> d.findElement(By.id("issues-grid")));
            shot("tablet-01-inbox.png");
            asPhone(1440, 900);
            wait.until(d -> d.findElement(By.id("issues-grid")));
            Number right = (Number)
                    js(
                            "const g = document.getElementById('issues-grid');"
                                    + " const heads = Array.from(g.querySelectorAll('vaadin-grid-cell-content'))"
                                    + ".filter(c => ['状态', '响应时限'].includes(c.textContent.trim()));"
                                    + " return heads.length < 2 ? 99999 : Math.max(...heads.map(c => c.getBoundingClientRect().right));");
            assertThat(right.intValue())
                    .as("status and countdown in view at 1440 px")
                    .isLessThanOrEqualTo(1440);
            try {
                screenshot("desk-01-inbox-1440.png");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(tooWide).as("screens wider than the phone").isEmpty();
    }

    /**
     * The app installs to a phone's home screen: the sign-in page names its manifest (name, icons, standalone),
     * the service worker takes control, and the offline page it shows without a network says so in both languages,
     * reachable before signing in.
     */
    @Test
    void theAppInstallsToTheHomeScreenAndSaysWhenItIsOffline() throws IOException {
        inBrowser("phone-15-offline.png", () -> {
            asPhone(PHONE_WIDTH, 844);
            browser.get(url("login"));
            wait.until(d -> d.findElement(By.tagName("vaadin-login-form")));
            assertThat(js("return document.querySelector('link[rel=manifest]').getAttribute('href');"))
                    .isEqualTo("/manifest.webmanifest");
            String manifest = (String)
                    ((JavascriptExecutor) browser)
                            .executeAsyncScript(
                                    "const done = arguments[arguments.length - 1];"
                                            + " fetch('/manifest.webmanifest').then(r => r.text()).then(done, e => done('failed ' + e));");
            assertThat(manifest)
                    .contains(
                            "\"display\": \"standalone\"", "/siteline/pwa/icon-192.png", "/siteline/pwa/icon-512.png");
            Object scope = ((JavascriptExecutor) browser)
                    .executeAsyncScript("const done = arguments[arguments.length - 1];"
                            + " fetch('/siteline-sw.js').then(r => r.status + ' ' + r.headers.get('content-type'))"
                            + ".then(s => navigator.serviceWorker.register('/siteline-sw.js').then(() => navigator.serviceWorker.ready)"
                            + ".then(r => done(r.scope), e => done('failed ' + s + ' ' + e)));");
            assertThat(scope).isEqualTo(url(""));
            browser.get(url("offline.html"));
            assertThat(browser.findElement(By.id("offline-title")).getText()).isEqualTo("现在没有网络连接");
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("You are offline");
            shot("phone-15-offline.png");
        });
        assertThat(tooWide).isEmpty();
    }
}
