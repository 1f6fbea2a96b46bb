package com.siteline.project.ui;

import com.siteline.audit.AuditTrail;
import com.siteline.audit.ui.AuditHistory;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.RecordSection;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantSnapshot;
import com.siteline.project.AttachmentService;
import com.siteline.project.ProjectRecords;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.project.RequirementStatus;
import com.siteline.project.StageGates;
import com.siteline.project.internal.StageGateException;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.StageRequirement;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One project: its stage pipeline, what the selected stage requires and how far that is, and the
 * button that moves the project on, which the stage gate refuses while anything required is missing.
 */
@Route("projects")
@RolesAllowed({Role.Names.PROJECT_MANAGER, Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN})
public class ProjectDetailView extends ViewFrame implements HasUrlParameter<Long> {

    private final transient ProjectService projects;
    private final transient StageGates gates;
    private final transient ProjectRecords projectRecords;
    private final transient AttachmentService attachments;
    private final String username;
    private final H2 title = new H2();
    private final Span meta = new Span();
    private final HorizontalLayout pipeline = new HorizontalLayout();
    private final H3 stageTitle = new H3();
    private final Div requirements = new Div();
    private final Div gate = new Div();
    private final Button advance = new Button();
    private final Div records = new Div();
    private long projectId;
    private final transient AuditTrail audit;
    private AuditHistory history;
    private final transient java.util.List<RecordSection> sections;
    private final java.util.List<com.vaadin.flow.component.Component> shownSections = new java.util.ArrayList<>();
    private transient ProjectSummary project;
    private transient VariantSnapshot variant;
    private String shownStage;

    public ProjectDetailView(
            ProjectService projects,
            StageGates gates,
            ProjectRecords projectRecords,
            AttachmentService attachments,
            CurrentUser currentUser,
            AuditTrail audit,
            java.util.List<RecordSection> sections) {
        super("project.title");
        this.sections = RecordSection.of(sections, RecordSection.Page.PROJECT);
        this.audit = audit;
        this.projects = projects;
        this.gates = gates;
        this.projectRecords = projectRecords;
        this.attachments = attachments;
        this.username = currentUser.username().orElseThrow();
        pipeline.setId("stage-pipeline");
        pipeline.getStyle().set("flex-wrap", "wrap");
        requirements.setId("stage-requirements");
        gate.setId("gate-message");
        gate.addClassName("siteline-alert");
        gate.setVisible(false);
        advance.setId("advance-stage");
        advance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        advance.addClickListener(click -> advance());
        records.setId("free-forms");
        add(title, meta, pipeline, stageTitle, requirements, gate, advance, records);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        projectId = id;
        try {
            refresh(null);
        } catch (NoSuchElementException e) {
            event.rerouteToError(NoSuchElementException.class, getTranslation("project.not-found"));
        }
    }

    @Override
    public String getViewTitle() {
        return project == null ? getTranslation("project.title") : project.name();
    }

    private void refresh(String stageToShow) {
        project = projects.get(projectId);
        variant = projects.variantOf(projectId);
        shownStage = stageToShow != null
                ? stageToShow
                : project.closed() ? variant.stages().getLast().id() : project.currentStageId();
        title.setText(project.name());
        meta.setText(String.join(
                " · ",
                project.customerName(),
                variant.name().get(getLocale()),
                project.businessUnitName(),
                project.closed()
                        ? getTranslation("project.completed")
                        : getTranslation("project.current-stage", stageName(project.currentStageId()))));
        renderPipeline();
        renderStage();
        renderFreeForms();
        if (history != null) {
            remove(history);
        }
        shownSections.forEach(this::remove);
        shownSections.clear();
        sections.forEach(section -> section.render(projectId).ifPresent(shownSections::add));
        shownSections.forEach(this::add);
        history = new AuditHistory(() -> audit.history("project", Long.toString(projectId), AuditHistory.LIMIT));
        add(history);
    }

    private void renderPipeline() {
        pipeline.removeAll();
        boolean passed = true;
        for (StageDefinition stage : variant.stages()) {
            boolean current = !project.closed() && stage.id().equals(project.currentStageId());
            if (current) {
                passed = false;
            }
            Button chip =
                    new Button((passed ? "✓ " : "") + stage.name().get(getLocale()), click -> refresh(stage.id()));
            chip.setId("stage-" + stage.id());
            chip.addThemeVariants(
                    ButtonVariant.LUMO_SMALL,
                    current
                            ? ButtonVariant.LUMO_PRIMARY
                            : passed ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_CONTRAST);
            if (stage.id().equals(shownStage)) {
                chip.getElement().setAttribute("aria-current", "step");
                chip.getStyle().set("outline", "2px solid var(--lumo-primary-color)");
            }
            pipeline.add(chip);
        }
    }

    private void renderStage() {
        stageTitle.setText(stageName(shownStage));
        requirements.removeAll();
        gate.setVisible(false);
        List<RequirementStatus> statuses = gates.requirements(projectId, shownStage);
        if (statuses.isEmpty()) {
            requirements.add(new Span(getTranslation("project.stage.no-requirements")));
        }
        UnorderedList list = new UnorderedList();
        for (RequirementStatus status : statuses) {
            list.add(requirementRow(status));
        }
        requirements.add(list);
        boolean isCurrent = !project.closed() && shownStage.equals(project.currentStageId());
        advance.setVisible(isCurrent);
        advance.setText(
                variant.after(shownStage).isPresent()
                        ? getTranslation(
                                "project.advance",
                                stageName(variant.after(shownStage).get().id()))
                        : getTranslation("project.complete"));
    }

    private ListItem requirementRow(RequirementStatus status) {
        StageRequirement requirement = status.requirement();
        String name = status.title() != null
                ? status.title().get(getLocale())
                : getTranslation("project.requirement.sign-off");
        Span badge = new Span(getTranslation(
                status.complete()
                        ? "project.requirement.done"
                        : requirement.optional() ? "project.requirement.optional" : "project.requirement.todo"));
        badge.addClassNames(
                "siteline-badge", status.complete() ? "started" : requirement.optional() ? "disabled" : "failed");
        Span label = new Span(name);
        Span detail = new Span(status.detail() == null ? signedBy(requirement) : getTranslation(status.detail()));
        detail.addClassName("siteline-secondary");
        Button open = new Button(
                getTranslation(
                        switch (requirement.kind()) {
                            case FORM -> "project.requirement.open-form";
                            case CHECKLIST -> "project.requirement.open-checklist";
                            case SIGN_OFF -> "project.requirement.sign";
                        }),
                click -> openRequirement(requirement));
        open.setId("open-" + requirement.refId());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        boolean isCurrent = !project.closed() && shownStage.equals(project.currentStageId());
        open.setVisible(requirement.kind() != StageRequirement.Kind.SIGN_OFF || (isCurrent && !status.complete()));
        HorizontalLayout row = new HorizontalLayout(badge, label, detail, open);
        row.setAlignItems(HorizontalLayout.Alignment.CENTER);
        ListItem item = new ListItem(row);
        item.setId("requirement-" + requirement.refId());
        return item;
    }

    private String signedBy(StageRequirement requirement) {
        if (requirement.kind() != StageRequirement.Kind.SIGN_OFF) {
            return "";
        }
        return gates.signedBy(projectId, shownStage)
                .map(name -> getTranslation("project.sign-off.signed-by", name))
                .orElse("");
    }

    private void openRequirement(StageRequirement requirement) {
        Runnable reload = () -> refresh(shownStage);
        switch (requirement.kind()) {
            case FORM ->
                new FormDialog(projectRecords, attachments, username, projectId, requirement.refId(), reload).open();
            case CHECKLIST ->
                new ChecklistDialog(projectRecords, attachments, username, projectId, requirement.refId(), reload)
                        .open();
            case SIGN_OFF ->
                new SignOffDialog(gates, projectId, project.version(), project.customerName(), reload).open();
        }
    }

    private void renderFreeForms() {
        records.removeAll();
        List<String> formIds = projects.freeForms(projectId);
        if (formIds.isEmpty()) {
            return;
        }
        records.add(new H3(getTranslation("project.records")));
        for (String formId : formIds) {
            String formTitle =
                    projectRecords.formAnswers(projectId, formId).spec().title().get(getLocale());
            Button open = new Button(
                    formTitle,
                    click -> new FormDialog(
                                    projectRecords, attachments, username, projectId, formId, () -> refresh(shownStage))
                            .open());
            open.setId("open-" + formId);
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            records.add(open);
        }
    }

    private void advance() {
        try {
            gates.advance(projectId, project.version());
            Notification.show(getTranslation("project.advanced"));
            refresh(null);
        } catch (StageGateException e) {
            gate.removeAll();
            gate.add(new Span(getTranslation("project.gate.blocked")));
            UnorderedList missing = new UnorderedList();
            for (RequirementStatus status : e.missing()) {
                missing.add(new ListItem(
                        status.title() != null
                                ? status.title().get(getLocale())
                                : getTranslation("project.requirement.sign-off")));
            }
            gate.add(missing);
            gate.setVisible(true);
        } catch (OptimisticLockingFailureException e) {
            Notification.show(getTranslation("project.conflict"));
            refresh(null);
        } catch (RefusedException e) {
            Problems.show(this, e);
            refresh(null);
        }
    }

    private String stageName(String stageId) {
        return variant.stage(stageId)
                .map(stage -> stage.name().get(getLocale()))
                .orElse(stageId);
    }
}
