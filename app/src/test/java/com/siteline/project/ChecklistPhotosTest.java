package com.siteline.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.project.ui.AttachmentField;
import com.siteline.project.ui.ProjectDetailView;
import com.siteline.sdk.ChecklistItem;
import com.siteline.testsupport.SampleAnswers;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Several photos on one checklist line (#30), as a project manager takes them on site: each shows as a thumbnail as
 * it arrives, one can be taken away, at six the line is full (the upload goes); saving stores each with the results,
 * all of the project, and they show again when the checklist is opened.
 */
@SitelineSpringTest
@WithUserDetails("pm")
class ChecklistPhotosTest extends SpringBrowserlessTest {

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
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aLineTakesSeveralPhotosEachShownAndStoredWithTheResults() {
        long unit = organization.businessUnitsOf("pm").getFirst().id();
        long projectId = as.user(
                        "pm",
                        () -> projects.create(new NewProject(
                                "多图验收 " + WorkspaceFixture.marker(), "孙女士", "上海市徐汇区漕溪北路 1 号", unit, "home-decoration")))
                .id();
        SampleAnswers.walkTo(as, projects, gates, records, attachments, "pm", projectId, "node-inspections");
        ChecklistItem line =
                as.user("pm", () -> records.checklist(projectId, "waterproofing")).template().items().stream()
                        .filter(ChecklistItem::photoRequired)
                        .findFirst()
                        .orElseThrow();
        navigate(ProjectDetailView.class, projectId);
        test($(Button.class).id("open-waterproofing")).click();
        AttachmentField field = $(AttachmentField.class).id("item-" + line.id() + "-photo");
        // the phone's camera opens for it: the button says so
        assertThat($(Upload.class, field).single().getI18n().getAddFiles().getOne())
                .isEqualTo("拍照或选照片…");
        assertThat($(Upload.class, field).single().getElement().getProperty("capture"))
                .isEqualTo("environment");
        for (int i = 1; i <= 3; i++) {
            test($(Upload.class, field).single()).upload("墙角-" + i + ".png", "image/png", SampleAnswers.PNG);
        }
        assertThat($(Image.class, field).all()).hasSize(3);
        assertThat(ItemResult.photosOf(field.getValue())).hasSize(3);
        // the second taken away
        test($(Button.class, field).all().stream()
                        .filter(b -> b.hasClassName("siteline-thumb-remove"))
                        .toList()
                        .get(1))
                .click();
        assertThat(ItemResult.photosOf(field.getValue()))
                .extracting(ref -> ref.substring(ref.indexOf('/') + 1))
                .containsExactly("墙角-1.png", "墙角-3.png");
        for (int i = 4; i <= 7; i++) {
            test($(Upload.class, field).single()).upload("墙角-" + i + ".png", "image/png", SampleAnswers.PNG);
        }
        // the line is full at six: the upload is gone, the six kept
        assertThat(ItemResult.photosOf(field.getValue())).hasSize(ItemResult.PHOTOS_MAX);
        assertThat($(Upload.class, field).all())
                .as("no upload shown on a full line")
                .isEmpty();

        int before = jdbc.queryForObject(
                "select count(*) from project_attachment where project_id = ?", Integer.class, projectId);
        for (ChecklistItem item : as.user("pm", () -> records.checklist(projectId, "waterproofing"))
                .template()
                .items()) {
            $(RadioButtonGroup.class).id("item-" + item.id() + "-status").setValue(CheckStatus.PASS);
            if (item.photoRequired() && !item.id().equals(line.id())) {
                test($(Upload.class, $(AttachmentField.class).id("item-" + item.id() + "-photo"))
                                .single())
                        .upload("其他-" + item.id() + ".png", "image/png", SampleAnswers.PNG);
            }
        }
        test($(Button.class).id("save-checklist")).click();
        ChecklistResults saved = as.user("pm", () -> records.checklist(projectId, "waterproofing"));
        List<String> photos = saved.results().get(line.id()).photos();
        assertThat(photos).hasSize(ItemResult.PHOTOS_MAX);
        assertThat(photos)
                .allSatisfy(ref -> assertThat(AttachmentRef.parse(ref)).isPresent());
        long others = saved.template().items().stream()
                .filter(ChecklistItem::photoRequired)
                .filter(item -> !item.id().equals(line.id()))
                .count();
        assertThat(jdbc.queryForObject(
                        "select count(*) from project_attachment where project_id = ?", Integer.class, projectId))
                .isEqualTo(before + ItemResult.PHOTOS_MAX + (int) others);
        assertThat(saved.complete()).isTrue();

        // read again in English: the six thumbnails are there, each opening the photo
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ProjectDetailView.class, projectId);
        test($(Button.class).id("open-waterproofing")).click();
        AttachmentField again = $(AttachmentField.class).id("item-" + line.id() + "-photo");
        assertThat($(Image.class, again).all()).hasSize(ItemResult.PHOTOS_MAX);
        assertThat(again.getLabel()).isEqualTo("Photo (required)");
    }
}
