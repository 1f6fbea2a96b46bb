package com.siteline.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.GridQuery;
import com.siteline.organization.RunAs;
import com.siteline.plugin.VariantCatalog;
import com.siteline.project.internal.PendingFiles;
import com.siteline.project.ui.AttachmentField;
import com.siteline.project.ui.ProjectDetailView;
import com.siteline.project.ui.ProjectListView;
import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.ChecklistItem;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.FieldType;
import com.siteline.sdk.FormSpec;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.StageRequirement;
import com.siteline.testsupport.SampleAnswers;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * For each plugin, through the UI as a user would: create a project, walk every stage, fill each
 * form (one bad input per form first: it shows a message and keeps what was typed), complete each
 * checklist, sign off; the gate refuses to leave every stage while something required is missing.
 */
@SitelineSpringTest
@WithUserDetails("admin")
class ProjectWalkTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;

    @Autowired
    StageGates gates;

    @Autowired
    RunAs as;

    @Autowired
    VariantCatalog catalog;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long walkedProject;
    private boolean cancelledOnce;

    @Test
    void exteriorPaintingProjectWalksEveryStage() {
        walk("exterior-painting", "华东外墙涂装事业部");
    }

    @Test
    void homeDecorationProjectWalksEveryStage() {
        walk("home-decoration", "上海家装事业部");
    }

    @Test
    void propertyManagementJobWalksEveryStage() {
        walk("property-management", "滨江花园物业服务中心");
    }

    private void walk(String variantId, String unitName) {
        BusinessVariant variant = catalog.startedVariant(variantId).orElseThrow();
        long projectId = createProject(variant, unitName);
        walkedProject = projectId;
        int formsFilled = 0;
        int itemsChecked = 0;
        for (StageDefinition stage : variant.stages()) {
            assertThat(as.user("admin", () -> projects.get(projectId)).currentStageId())
                    .isEqualTo(stage.id());
            boolean blocking = stage.requirements().stream().anyMatch(r -> !r.optional());
            if (blocking) {
                test($(Button.class).id("advance-stage")).click();
                Div gate = $(Div.class).id("gate-message");
                assertThat(gate.isVisible()).as("gate at " + stage.id()).isTrue();
                assertThat(as.user("admin", () -> projects.get(projectId)).currentStageId())
                        .isEqualTo(stage.id());
            }
            for (StageRequirement requirement : stage.requirements()) {
                switch (requirement.kind()) {
                    case FORM -> {
                        fillForm(variant.forms().stream()
                                .filter(f -> f.id().equals(requirement.refId()))
                                .findFirst()
                                .orElseThrow());
                        formsFilled++;
                    }
                    case CHECKLIST -> itemsChecked += completeChecklist(variant, requirement.refId());
                    case SIGN_OFF -> {
                        test($(Button.class).id("open-" + StageRequirement.SIGN_OFF_ID))
                                .click();
                        test($(Button.class).id("confirm-sign-off")).click();
                    }
                }
            }
            assertThat(as.user("admin", () -> gates.requirements(projectId, stage.id())))
                    .allMatch(RequirementStatus::complete);
            test($(Button.class).id("advance-stage")).click();
        }
        ProjectSummary done = as.user("admin", () -> projects.get(projectId));
        assertThat(done.completed()).isTrue();
        assertThat(as.user("admin", () -> projects.history(projectId)))
                .hasSize(variant.stages().size() + 1);
        assertThat(formsFilled).isGreaterThan(0);
        assertThat(itemsChecked).isGreaterThan(0);
    }

    private long createProject(BusinessVariant variant, String unitName) {
        navigate(ProjectListView.class);
        test($(Button.class).id("new-project")).click();
        $(TextField.class).id("project-name").setValue("走查项目 " + variant.id());
        $(TextField.class).id("project-customer").setValue("周先生");
        $(TextField.class).id("project-address").setValue("上海市浦东新区锦绣路 1088 弄");
        @SuppressWarnings("unchecked")
        ComboBox<Object> unit = $(ComboBox.class).id("project-unit");
        test(unit).selectItem(unitName);
        test($(Button.class).id("create-project")).click();
        assertThat(getCurrentView()).isInstanceOf(ProjectDetailView.class);
        return as.user("admin", () -> projects.page(GridQuery.empty(), 0, 1000)).stream()
                .filter(p -> p.name().equals("走查项目 " + variant.id()))
                .mapToLong(ProjectSummary::id)
                .max()
                .orElseThrow();
    }

    private void fillForm(FormSpec form) {
        test($(Button.class).id("open-" + form.id())).click();
        Dialog dialog = $(Dialog.class).id("form-dialog");
        assertThat(dialog.isOpened()).isTrue();

        // one bad input first: the message shows at the field, the value stays, nothing is stored
        FieldSpec victim = badInputCandidate(form);
        Object bad = badValue(victim);
        setValue(victim, bad);
        test($(Button.class).id("save-form")).click();
        Component field = component(victim);
        assertThat(((HasValidation) field).isInvalid())
                .as(form.id() + "/" + victim.id() + " invalid")
                .isTrue();
        assertThat(((HasValidation) field).getErrorMessage()).isNotBlank();
        assertThat(((HasValue<?, ?>) field).getValue()).isEqualTo(bad);
        assertThat($(Dialog.class).id("form-dialog").isOpened()).isTrue();

        for (FieldSpec spec : form.fields()) {
            if (spec.type() == FieldType.ATTACHMENT) {
                uploadInto($(AttachmentField.class).id("field-" + spec.id()), "图纸-" + spec.id() + ".png");
            } else {
                setValue(spec, SampleAnswers.goodValue(spec));
            }
        }
        test($(Button.class).id("save-form")).click();
        assertThat($(Dialog.class).withId("form-dialog").exists())
                .as(form.id() + " saved and closed")
                .isFalse();
    }

    /** A number with a maximum, else a required field (left empty), else any text with a maximum length. */
    private static FieldSpec badInputCandidate(FormSpec form) {
        return form.fields().stream()
                .filter(f -> f.max() != null && isNumber(f))
                .findFirst()
                .or(() -> form.fields().stream()
                        .filter(FieldSpec::required)
                        .filter(f -> f.type() != FieldType.YES_NO)
                        .findFirst())
                .orElseGet(() -> form.fields().stream()
                        .filter(f -> f.max() != null)
                        .findFirst()
                        .orElseThrow());
    }

    private static Object badValue(FieldSpec field) {
        if (isNumber(field) && field.max() != null) {
            return field.max().add(BigDecimal.ONE);
        }
        if (field.required()) {
            return emptyValue(field);
        }
        return "长".repeat(field.max().intValue() + 1);
    }

    private static Object emptyValue(FieldSpec field) {
        return switch (field.type()) {
            case SHORT_TEXT, LONG_TEXT, ATTACHMENT -> "";
            case MULTIPLE_CHOICE -> Set.of();
            case CUSTOMER_CONFIRMATION -> false;
            default -> null;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void setValue(FieldSpec field, Object value) {
        ((HasValue) component(field)).setValue(value);
    }

    private Component component(FieldSpec field) {
        String id = "field-" + field.id();
        return switch (field.type()) {
            case SHORT_TEXT -> $(TextField.class).id(id);
            case ATTACHMENT -> $(AttachmentField.class).id(id);
            case LONG_TEXT -> $(TextArea.class).id(id);
            case NUMBER, MONEY -> $(BigDecimalField.class).id(id);
            case DATE -> $(DatePicker.class).id(id);
            case DATE_TIME -> $(DateTimePicker.class).id(id);
            case SINGLE_CHOICE -> $(ComboBox.class).id(id);
            case MULTIPLE_CHOICE -> $(CheckboxGroup.class).id(id);
            case YES_NO -> $(RadioButtonGroup.class).id(id);
            case CUSTOMER_CONFIRMATION -> $(Checkbox.class).id(id);
        };
    }

    @SuppressWarnings("unchecked")
    private int completeChecklist(BusinessVariant variant, String checklistId) {
        List<ChecklistItem> items = variant.checklists().stream()
                .filter(c -> c.id().equals(checklistId))
                .findFirst()
                .orElseThrow()
                .items();
        if (!cancelledOnce && items.stream().anyMatch(ChecklistItem::photoRequired)) {
            // a photo taken in a dialog that is then cancelled leaves no file behind
            cancelledOnce = true;
            int before = files();
            test($(Button.class).id("open-" + checklistId)).click();
            ChecklistItem first = items.stream()
                    .filter(ChecklistItem::photoRequired)
                    .findFirst()
                    .orElseThrow();
            uploadInto($(AttachmentField.class).id("item-" + first.id() + "-photo"), "取消-" + first.id() + ".png");
            test($(Button.class).id("cancel-checklist")).click();
            assertThat(files()).as("nothing stored by a cancelled dialog").isEqualTo(before);
            int photos =
                    (int) items.stream().filter(ChecklistItem::photoRequired).count();
            int stored = completeChecklistOnce(items, checklistId);
            assertThat(files()).as("the photos stored with the results").isEqualTo(before + photos);
            return stored;
        }
        return completeChecklistOnce(items, checklistId);
    }

    private int files() {
        return jdbc.queryForObject(
                "select count(*) from project_attachment where project_id = ?", Integer.class, walkedProject);
    }

    @SuppressWarnings("unchecked")
    private int completeChecklistOnce(List<ChecklistItem> items, String checklistId) {
        test($(Button.class).id("open-" + checklistId)).click();
        for (ChecklistItem item : items) {
            $(RadioButtonGroup.class).id("item-" + item.id() + "-status").setValue(CheckStatus.PASS);
            if (item.photoRequired()) {
                uploadInto($(AttachmentField.class).id("item-" + item.id() + "-photo"), "照片-" + item.id() + ".png");
            }
        }
        test($(Button.class).id("save-checklist")).click();
        return items.size();
    }

    /** Uploads a file through the field's upload component, as a user picking a file would. */
    private void uploadInto(AttachmentField field, String fileName) {
        test($(Upload.class, field).single()).upload(fileName, "image/png", SampleAnswers.PNG);
        assertThat(field.getValue()).endsWith("/" + fileName);
        assertThat(PendingFiles.isPlaceholder(field.getValue()))
                .as("not stored before saving")
                .isTrue();
    }

    private static boolean isNumber(FieldSpec field) {
        return field.type() == FieldType.NUMBER || field.type() == FieldType.MONEY;
    }
}
