package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.project.AttachmentService;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectRecords;
import com.siteline.project.ProjectService;
import com.siteline.project.StageGates;
import com.siteline.sdk.ChecklistItem;
import com.siteline.testsupport.SampleAnswers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A home-decoration project through the waterproofing inspection (防水验收) in a real browser: the
 * project manager finds the node-inspection stage refused while inspections are open, ticks the
 * waterproofing checklist item by item with photo references, and sees it done.
 * The stages before node inspections are completed through the service, as the walk test covers them in the UI.
 */
class WaterproofingInspectionE2EIT extends BrowserTest {

    @Autowired
    ProjectService projects;

    @Autowired
    StageGates gates;

    @Autowired
    ProjectRecords records;

    @Autowired
    RunAs as;

    @Autowired
    OrganizationService organization;

    @Autowired
    AttachmentService attachments;

    @Test
    void projectManagerCompletesTheWaterproofingInspection() throws IOException {
        long unit = organization.businessUnitsOf("pm").getFirst().id();
        long projectId = as.user(
                        "pm",
                        () -> projects.create(new NewProject(
                                "静安寺公寓 12-1803 全屋翻新", "刘女士", "上海市静安区南京西路 1788 号", unit, "home-decoration")))
                .id();
        SampleAnswers.walkTo(as, projects, gates, records, attachments, "pm", projectId, "node-inspections");
        Path photo = Files.createTempFile("ponding-test", ".png");
        Files.write(photo, SampleAnswers.PNG);
        List<ChecklistItem> items = as.user("pm", () -> records.checklist(projectId, "waterproofing"))
                .template()
                .items();

        inBrowser("waterproofing-inspection.png", () -> {
            signInAt("projects/" + projectId, "pm");
            WebElement current = wait.until(d -> d.findElement(By.id("stage-node-inspections")));
            assertThat(current.getText()).contains("节点验收");

            // the gate refuses while inspections are open
            browser.findElement(By.id("advance-stage")).click();
            WebElement gate = wait.until(d -> d.findElement(By.id("gate-message")));
            wait.until(d -> gate.getText().contains("防水验收"));

            browser.findElement(By.id("open-waterproofing")).click();
            wait.until(d -> d.findElement(By.id("checklist-dialog")));
            for (ChecklistItem item : items) {
                WebElement pass = wait.until(d ->
                                d.findElements(By.cssSelector("#item-" + item.id() + "-status vaadin-radio-button")))
                        .getFirst();
                ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("arguments[0].scrollIntoView({block: 'center'})", pass);
                pass.click();
                if (item.photoRequired()) {
                    // the real file input of vaadin-upload, as a user's file picker would fill it
                    WebElement field = browser.findElement(By.id("item-" + item.id() + "-photo"));
                    WebElement fileInput = field.findElement(By.cssSelector("vaadin-upload"))
                            .getShadowRoot()
                            .findElement(By.cssSelector("input[type=file]"));
                    fileInput.sendKeys(photo.toAbsolutePath().toString());
                    wait.until(d -> field.getText().contains(photo.getFileName().toString()));
                }
            }
            try {
                screenshot("waterproofing-checklist.png");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            browser.findElement(By.id("save-checklist")).click();
            wait.until(d ->
                    d.findElement(By.id("requirement-waterproofing")).getText().contains("已完成"));
        });

        assertThat(as.user("pm", () -> records.checklist(projectId, "waterproofing"))
                        .complete())
                .isTrue();

        // the same page for a user who chose English: core texts from the bundle, plugin texts from the plugin
        as.user("pm", () -> organization.changeLocale(java.util.Locale.ENGLISH));
        try {
            inBrowser("waterproofing-inspection-en.png", () -> {
                browser.get(url("projects/" + projectId));
                wait.until(d ->
                        d.findElement(By.id("stage-node-inspections")).getText().contains("Node inspections"));
                wait.until(d -> d.findElement(By.id("requirement-waterproofing"))
                        .getText()
                        .contains("Waterproofing inspection"));
                assertThat(browser.findElement(By.id("requirement-waterproofing"))
                                .getText())
                        .contains("Done");
                assertThat(browser.findElement(By.id("advance-stage")).getText())
                        .contains("Self-check and cleaning");
            });
        } finally {
            as.user("pm", () -> organization.changeLocale(java.util.Locale.SIMPLIFIED_CHINESE));
        }
        assertThat(as.user("pm", () -> records.checklist(projectId, "waterproofing"))
                        .results()
                        .get("ponding-24h")
                        .photo())
                .endsWith("/" + photo.getFileName());
    }
}
