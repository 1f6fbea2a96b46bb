package com.siteline.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.grid.GridQuery;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.plugin.VariantCatalog;
import com.siteline.project.internal.StageGateException;
import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.ChecklistTemplate;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.FieldType;
import com.siteline.sdk.FollowUpSchedule;
import com.siteline.sdk.FormSection;
import com.siteline.sdk.FormSpec;
import com.siteline.sdk.IssueCategory;
import com.siteline.sdk.LocalizedText;
import com.siteline.sdk.RecurringObligation;
import com.siteline.sdk.ResponseTimeDefault;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.StageRequirement;
import com.siteline.sdk.SurveyTemplate;
import com.siteline.testsupport.SitelineSpringTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** On MariaDB: answers come back exactly as given, also after the plugin ships a new form version. */
@SitelineSpringTest
class ProjectAnswersIT {

    @Autowired
    ProjectService projects;

    @Autowired
    StageGates gates;

    @Autowired
    ProjectRecords records;

    @Autowired
    RunAs as;

    @Autowired
    VariantCatalog catalog;

    @Autowired
    OrganizationService organization;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AttachmentService attachments;

    private long newPaintingProject(String name) {
        BusinessUnitSummary unit = organization.businessUnitsOf("admin").stream()
                .filter(u -> u.pluginIds().contains("exterior-painting"))
                .findFirst()
                .orElseThrow();
        return as.user(
                        "admin",
                        () -> projects.create(
                                new NewProject(name, "陈女士 🏠", "杭州市西湖区文三路 90 号", unit.id(), "exterior-painting")))
                .id();
    }

    private static Map<String, Object> requirementAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("project-kind", "renovation");
        answers.put("building", "7 号楼（含裙楼）");
        answers.put("storeys", new BigDecimal("18"));
        answers.put("area", new BigDecimal("1234.50"));
        answers.put("coating", "real-stone");
        answers.put("colour", "NCS S 1010-Y30R «米白»");
        answers.put("substrate", List.of("render", "old-paint"));
        answers.put("start", LocalDate.of(2026, 12, 1));
        answers.put("finish", LocalDate.of(2027, 1, 15));
        answers.put("constraints", "工作日 8:00-18:00；\n周末禁止高噪音作业 🚧");
        answers.put("contact", "陈女士");
        answers.put("phone", "0571-88886666");
        // only in version 2 of the form (registered by one test); version 1 ignores it
        answers.put("warranty-years", new BigDecimal("5"));
        return answers;
    }

    @Test
    void answersRoundTripExactlyAndKeepTheirFormVersionAfterAnUpgrade() {
        long project = newPaintingProject("往返测试项目");
        Map<String, Object> given = requirementAnswers();
        given.remove("warranty-years");
        as.user("admin", () -> records.saveForm(project, "requirement", given, -1));

        Map<String, Object> expected = new LinkedHashMap<>(given);
        expected.put("paint-quantity", new BigDecimal("370.4")); // derived by the plugin: 1234.50 m² × 0.30 L/m²
        FormAnswers stored = as.user("admin", () -> records.formAnswers(project, "requirement"));
        assertThat(stored.spec().version()).isEqualTo(1);
        assertThat(stored.values()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(((BigDecimal) stored.values().get("area")).scale()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select answers from project_form where project_id = ?", String.class, project))
                .contains("\"1234.50\"")
                .contains("🚧");

        // the plugin ships version 2 of the form: one field gone, one new required field
        catalog.register(
                new UpgradedPainting(catalog.startedVariant("exterior-painting").orElseThrow()));

        FormAnswers reopened = as.user("admin", () -> records.formAnswers(project, "requirement"));
        assertThat(reopened.spec().version()).isEqualTo(1);
        assertThat(reopened.spec().fields())
                .extracting(FieldSpec::id)
                .contains("constraints")
                .doesNotContain("warranty-years");
        assertThat(reopened.values()).containsExactlyInAnyOrderEntriesOf(expected);

        long newer = newPaintingProject("升级后的新项目");
        FormAnswers fresh = as.user("admin", () -> records.formAnswers(newer, "requirement"));
        assertThat(fresh.spec().version()).isEqualTo(2);
        assertThat(fresh.spec().fields())
                .extracting(FieldSpec::id)
                .contains("warranty-years")
                .doesNotContain("constraints");

        // the old record is still edited against version 1
        Map<String, Object> edited = new LinkedHashMap<>(reopened.values());
        edited.put("colour", "NCS S 2005-Y20R");
        FormAnswers saved =
                as.user("admin", () -> records.saveForm(project, "requirement", edited, reopened.rowVersion()));
        assertThat(saved.spec().version()).isEqualTo(1);
        assertThat(as.user("admin", () -> records.formAnswers(project, "requirement"))
                        .values()
                        .get("colour"))
                .isEqualTo("NCS S 2005-Y20R");
    }

    @Test
    void everyContributionIsStoredAndReadsBackAsDeclared() {
        for (BusinessVariant variant : catalog.startedVariants()) {
            var stored = catalog.snapshot(variant.id()).orElseThrow();
            assertThat(stored.stages()).isEqualTo(variant.stages());
            assertThat(stored.issueCategories()).isEqualTo(variant.issueCategories());
            assertThat(stored.responseTimeDefaults()).isEqualTo(variant.responseTimeDefaults());
            assertThat(stored.followUpSchedules()).isEqualTo(variant.followUpSchedules());
            assertThat(stored.recurringObligations()).isEqualTo(variant.recurringObligations());
            assertThat(stored.surveys()).isEqualTo(variant.surveys());
            for (FormSpec form : variant.forms()) {
                // another test here registers version 2 of one form: compare against what was stored at start
                if (form.version() == 1) {
                    assertThat(catalog.form(variant.id(), form.id(), 1)).isEqualTo(form);
                }
            }
            for (ChecklistTemplate checklist : variant.checklists()) {
                assertThat(catalog.checklist(variant.id(), checklist.id(), checklist.version()))
                        .isEqualTo(checklist);
            }
        }
        assertThat(catalog.snapshot("property-management").orElseThrow().recurringObligations())
                .extracting(o -> o.id() + "@" + o.dueDay())
                .contains("complaint-summary@5", "service-report@20", "work-brief@3");
    }

    @Test
    void attachmentsAreLimitedScopedAndMustBelongToTheProject() {
        long project = newPaintingProject("附件测试项目");
        long other = newPaintingProject("另一个项目");
        AttachmentRef plan = as.user(
                "admin",
                () -> attachments.upload(project, "施工进度表.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'}));
        assertThat(as.user("admin", () -> attachments.download(plan.id()))).hasValueSatisfying(file -> {
            assertThat(file.fileName()).isEqualTo("施工进度表.pdf");
            assertThat(file.content()).containsExactly('%', 'P', 'D', 'F');
        });
        assertThat(as.user("pm", () -> attachments.download(plan.id())))
                .as("pm is not in the painting unit")
                .isEmpty();
        assertThatThrownBy(() -> as.user(
                        "admin",
                        () -> attachments.upload(project, "a.exe", "application/x-msdownload", new byte[] {1})))
                .isInstanceOfSatisfying(
                        AttachmentRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attachment.error.type"));
        assertThatThrownBy(() -> as.user(
                        "admin",
                        () -> attachments.upload(
                                project, "big.png", "image/png", new byte[AttachmentService.MAX_BYTES + 1])))
                .isInstanceOfSatisfying(
                        AttachmentRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attachment.error.too-large"));

        // a form may only refer to files of its own project
        FormAnswers walk = as.user("admin", () -> records.formAnswers(other, "requirement"));
        assertThat(walk.spec().fields()).noneMatch(f -> f.type() == FieldType.ATTACHMENT);
        com.siteline.testsupport.SampleAnswers.walkTo(
                as, projects, gates, records, attachments, "admin", other, "preliminary-proposal");
        Map<String, Object> proposal = com.siteline.testsupport.SampleAnswers.forForm(
                as.user("admin", () -> records.formAnswers(other, "preliminary-proposal"))
                        .spec(),
                plan.value());
        assertThatThrownBy(() -> as.user("admin", () -> records.saveForm(other, "preliminary-proposal", proposal, -1)))
                .isInstanceOfSatisfying(
                        FormValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::messageKey)
                                .containsOnly("form.error.attachment"));
    }

    @Test
    void aConfirmationTheProcedureRequiresGatesOnlyWhenYes() {
        long project = newPaintingProject("样板确认项目");
        com.siteline.testsupport.SampleAnswers.walkTo(
                as, projects, gates, records, attachments, "admin", project, "preliminary-proposal");
        AttachmentRef plan = as.user(
                "admin",
                () -> attachments.upload(project, "方案.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'}));
        Map<String, Object> proposal = com.siteline.testsupport.SampleAnswers.forForm(
                as.user("admin", () -> records.formAnswers(project, "preliminary-proposal"))
                        .spec(),
                plan.value());
        proposal.put("samples-provided", false);
        // "no" is refused in the form with the field's own message, and nothing is stored
        assertThatThrownBy(
                        () -> as.user("admin", () -> records.saveForm(project, "preliminary-proposal", proposal, -1)))
                .isInstanceOfSatisfying(
                        FormValidationException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.fieldId()).isEqualTo("samples-provided");
                            assertThat(error.pluginText().zhCn()).isEqualTo("须先向客户提供涂料样板");
                        }));
        assertThat(as.user("admin", () -> records.formAnswers(project, "preliminary-proposal"))
                        .rowVersion())
                .isEqualTo(-1);

        proposal.put("samples-provided", true);
        as.user("admin", () -> records.saveForm(project, "preliminary-proposal", proposal, -1));
        assertThat(as.user("admin", () -> gates.requirements(project, "preliminary-proposal")))
                .filteredOn(r -> r.requirement().kind() == StageRequirement.Kind.FORM)
                .allMatch(RequirementStatus::complete);

        // a form stored with "no" before the rule existed keeps the gate closed, with its reason
        jdbc.update(
                "update project_form set answers = replace(answers, '\"samples-provided\":true',"
                        + " '\"samples-provided\":false') where project_id = ? and form_id = 'preliminary-proposal'",
                project);
        assertThat(as.user("admin", () -> gates.requirements(project, "preliminary-proposal")))
                .filteredOn(r -> r.requirement().kind() == StageRequirement.Kind.FORM)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.complete()).isFalse();
                    assertThat(r.detail()).isEqualTo("project.requirement.form-invalid");
                });
        long version = as.user("admin", () -> projects.get(project)).version();
        assertThatThrownBy(() -> as.user("admin", () -> gates.advance(project, version)))
                .isInstanceOf(StageGateException.class);
    }

    @Test
    void invalidAnswersAreRefusedWithEveryReasonAndNothingIsStored() {
        long project = newPaintingProject("校验测试项目");
        Map<String, Object> answers = requirementAnswers();
        answers.put("area", new BigDecimal("600000"));
        answers.put("phone", "12345");
        answers.put("finish", LocalDate.of(2026, 11, 1));
        answers.remove("coating");

        assertThatThrownBy(() -> as.user("admin", () -> records.saveForm(project, "requirement", answers, -1)))
                .isInstanceOfSatisfying(
                        FormValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::fieldId)
                                .containsExactlyInAnyOrder("area", "phone", "coating", "finish"));
        assertThat(as.user("admin", () -> records.formAnswers(project, "requirement"))
                        .rowVersion())
                .isEqualTo(-1);
    }

    @Test
    void theSecondSaverIsToldInsteadOfOverwriting() {
        long project = newPaintingProject("并发测试项目");
        FormAnswers first = as.user("admin", () -> records.saveForm(project, "requirement", requirementAnswers(), -1));
        Map<String, Object> mine = new LinkedHashMap<>(first.values());
        mine.put("colour", "我的颜色");
        Map<String, Object> theirs = new LinkedHashMap<>(first.values());
        theirs.put("colour", "他的颜色");
        as.user("admin", () -> records.saveForm(project, "requirement", theirs, first.rowVersion()));

        assertThatThrownBy(() ->
                        as.user("admin", () -> records.saveForm(project, "requirement", mine, first.rowVersion())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(as.user("admin", () -> records.formAnswers(project, "requirement"))
                        .values()
                        .get("colour"))
                .isEqualTo("他的颜色");
    }

    @Test
    void aProjectOutsideTheUsersUnitsDoesNotExistForThem() {
        long project = newPaintingProject("范围测试项目");
        assertThat(as.user("admin", () -> projects.get(project)).name()).isEqualTo("范围测试项目");
        // pm belongs to the home-decoration unit only
        assertThatThrownBy(() -> as.user("pm", () -> projects.get(project)))
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(as.user("pm", () -> projects.page(GridQuery.empty(), 0, 100)).stream())
                .noneMatch(p -> p.id() == project);
    }

    /** The real exterior-painting variant with version 2 of its requirement form. */
    private record UpgradedPainting(BusinessVariant real) implements BusinessVariant {

        public String id() {
            return real.id();
        }

        public LocalizedText name() {
            return real.name();
        }

        public List<StageDefinition> stages() {
            return real.stages();
        }

        public String iconName() {
            return real.iconName();
        }

        public List<String> expectedRoles() {
            return real.expectedRoles();
        }

        public List<ChecklistTemplate> checklists() {
            return real.checklists();
        }

        public List<IssueCategory> issueCategories() {
            return real.issueCategories();
        }

        public List<ResponseTimeDefault> responseTimeDefaults() {
            return real.responseTimeDefaults();
        }

        public List<FollowUpSchedule> followUpSchedules() {
            return real.followUpSchedules();
        }

        public List<RecurringObligation> recurringObligations() {
            return real.recurringObligations();
        }

        public List<SurveyTemplate> surveys() {
            return real.surveys();
        }

        public List<FormSpec> forms() {
            List<FormSpec> forms = new ArrayList<>(real.forms());
            FormSpec v1 = forms.stream()
                    .filter(f -> f.id().equals("requirement"))
                    .findFirst()
                    .orElseThrow();
            List<FieldSpec> fields = new ArrayList<>(v1.fields().stream()
                    .filter(f -> !f.id().equals("constraints"))
                    .toList());
            fields.add(FieldSpec.number("warranty-years", "质保年限", "Warranty", "年")
                    .asRequired()
                    .min(1)
                    .max(15));
            forms.replaceAll(f -> f == v1
                    ? new FormSpec(
                            "requirement",
                            2,
                            v1.title(),
                            List.of(new FormSection(LocalizedText.of("全部", "All"), fields)))
                    : f);
            return forms;
        }
    }
}
