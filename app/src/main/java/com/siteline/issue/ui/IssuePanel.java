package com.siteline.issue.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.communication.ui.LogEntryDialog;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueStatus;
import com.siteline.issue.IssueTexts;
import com.siteline.issue.StepInput;
import com.siteline.issue.Verdict;
import com.siteline.issue.internal.HandlingPlan;
import com.siteline.project.ProjectSummary;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.UrgencyWords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * One issue with what can be done to it next: its facts, the lifecycle steps it allows, classify,
 * assign, log a contact, and its timeline of steps and contacts. Used as the inbox's side panel and,
 * with editable texts, as the issue page.
 */
public class IssuePanel extends Div {

    private final transient IssueWorkbench bench;
    private final String username;
    private final boolean full;
    private final transient Consumer<IssueDetails> changed;
    private final Map<String, String> people;
    private IssueDetails issue;

    public IssuePanel(
            IssueWorkbench bench, String username, IssueDetails issue, boolean full, Consumer<IssueDetails> changed) {
        this.bench = bench;
        this.username = username;
        this.full = full;
        this.changed = changed;
        this.people = bench.organization().displayNames();
        setId("issue-panel");
        addClassName("siteline-issue-panel");
        show(issue);
    }

    private void show(IssueDetails current) {
        this.issue = current;
        removeAll();
        H3 title = new H3("#" + issue.id() + " " + issue.title());
        title.setId("issue-title");
        HorizontalLayout badges = new HorizontalLayout(
                IssueLabels.status(this, issue.status()),
                new Span(
                        issue.paused() && issue.pauseReason() != null
                                ? IssueLabels.pauseReason(this, bench.catalog(), issue.variantId(), issue.pauseReason())
                                : ""),
                IssueLabels.urgency(this, issue.type(), issue.urgency()),
                new Badge(getTranslation("issue.type." + issue.type().name()), Badge.Tone.NEUTRAL));
        badges.setSpacing(true);
        add(title, badges);
        Anchor customer = new Anchor("customers/" + issue.customerId(), issue.customerName());
        customer.setId("issue-customer-link");
        add(line("issue.field.customer", customer));
        if (issue.projectId() != null && bench.projects().visible(issue.projectId())) {
            ProjectSummary project = bench.projects().get(issue.projectId());
            String stage = project.closed()
                    ? getTranslation("project.completed")
                    : bench.catalog()
                            .snapshot(project.variantId())
                            .flatMap(v -> v.stage(project.currentStageId()))
                            .map(s -> s.name().get(getLocale()))
                            .orElse(project.currentStageId());
            Anchor link = new Anchor("projects/" + project.id(), project.name());
            link.setId("issue-project-link");
            Span stageText = new Span(" · " + getTranslation("issue.field.stage") + ": " + stage);
            stageText.setId("issue-project-stage");
            add(line("issue.field.project", link, stageText));
        }
        add(line("issue.field.category", new Span(IssueLabels.category(this, bench.catalog(), issue.categoryId()))));
        add(line("issue.field.assignee", new Span(person(issue.assignee()))));
        if (issue.reviewer() != null) {
            add(line("issue.field.reviewer", new Span(person(issue.reviewer()))));
        }
        if (issue.promisedReplyAt() != null) {
            Badge promise = new Badge(
                    Formats.minute(issue.promisedReplyAt()),
                    issue.promiseOverdue(bench.clock().instant()) ? Badge.Tone.ERROR : Badge.Tone.NEUTRAL);
            promise.setId("issue-promised");
            add(line("issue.field.promised", promise));
        }
        add(line(
                "issue.field.created",
                new Span(Formats.minute(issue.createdAt()) + " · " + person(issue.reportedBy()))));
        if (issue.plan() != null) {
            Span plan = new Span(getTranslation(
                    "issue.plan.shown",
                    issue.plan().measures(),
                    issue.plan().owner(),
                    Formats.minute(issue.plan().expectedBy()),
                    Formats.minute(issue.plan().givenAt())));
            plan.setId("issue-plan-text");
            add(line("issue.field.plan", plan));
        } else if (issue.type() == IssueType.COMPLAINT && issue.open()) {
            Span missing = new Span(getTranslation("issue.plan.missing"));
            missing.setId("issue-plan-text");
            missing.addClassName("siteline-error-text");
            add(line("issue.field.plan", missing));
        }
        if (!issue.tags().isEmpty()) {
            add(line("issue.field.tags", new Span(String.join("、", issue.tags()))));
        }
        if (full) {
            add(editor());
        } else {
            add(text("issue.field.description", issue.description()));
            add(text("issue.field.root-cause", issue.rootCause()));
            add(text("issue.field.resolution", issue.resolution()));
        }
        if (issue.verdict() != null) {
            add(text("issue.field.verdict", getTranslation(issue.verdict().messageKey())));
        }
        add(actions());
        if (!issue.deadlines().isEmpty()) {
            add(new IssueDeadlines(bench, issue, full));
        }
        add(new IssueTimeline(bench, issue.id(), people));
    }

    private Paragraph line(String labelKey, com.vaadin.flow.component.Component... values) {
        Paragraph line = new Paragraph(getTranslation(labelKey) + ": ");
        line.addClassName("siteline-panel-line");
        line.add(values);
        return line;
    }

    private Paragraph text(String labelKey, String value) {
        Paragraph line = new Paragraph(getTranslation(labelKey) + ": " + (value == null ? "—" : value));
        line.addClassName("siteline-panel-line");
        return line;
    }

    private String person(String username) {
        return username == null ? getTranslation("grid.nobody") : people.getOrDefault(username, username);
    }

    private FormLayout editor() {
        TextField title = new TextField(getTranslation("issue.field.title"));
        title.setId("issue-edit-title");
        title.setValue(issue.title());
        title.setMaxLength(200);
        TextArea description = new TextArea(getTranslation("issue.field.description"));
        description.setId("issue-edit-description");
        description.setValue(nz(issue.description()));
        TextArea rootCause = new TextArea(getTranslation("issue.field.root-cause"));
        rootCause.setId("issue-edit-root-cause");
        rootCause.setValue(nz(issue.rootCause()));
        TextArea resolution = new TextArea(getTranslation("issue.field.resolution"));
        resolution.setId("issue-edit-resolution");
        resolution.setValue(nz(issue.resolution()));
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                update(bench.issues()
                        .edit(
                                issue.id(),
                                issue.version(),
                                title.getValue(),
                                description.getValue(),
                                rootCause.getValue(),
                                resolution.getValue()));
                Problems.success(getTranslation("issue.saved"));
            } catch (InvalidInputException e) {
                Problems.show(
                        this,
                        e,
                        Problems.at(title, IssueTexts.Field.TITLE),
                        Problems.at(description, IssueTexts.Field.DESCRIPTION),
                        Problems.at(rootCause, IssueTexts.Field.ROOT_CAUSE),
                        Problems.at(resolution, IssueTexts.Field.RESOLUTION));
            } catch (ObjectOptimisticLockingFailureException e) {
                conflict();
            }
        });
        save.setId("issue-edit-save");
        FormLayout form = new FormLayout(title, description, rootCause, resolution, save);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        return form;
    }

    /** Someone else saved first: say so; the user's input stays in the fields, the dialog stays open. */
    private void conflict() {
        Problems.error(getTranslation("conflict.saved-by-other"));
    }

    private FlexLayout actions() {
        FlexLayout actions = new FlexLayout();
        actions.setId("issue-actions");
        actions.addClassName("siteline-actions");
        for (IssueStatus target : issue.status().next()) {
            if (target == IssueStatus.CLASSIFIED || target == IssueStatus.ASSIGNED) {
                continue; // these steps are the classify and assign dialogs below
            }
            Button step = new Button(getTranslation("issue.step." + target.name()), click -> openStep(target));
            step.setId("issue-step-" + target.name());
            step.addThemeVariants(
                    ButtonVariant.LUMO_SMALL,
                    target == IssueStatus.CLOSED || target == IssueStatus.FEEDBACK_GIVEN
                            ? ButtonVariant.LUMO_PRIMARY
                            : ButtonVariant.LUMO_CONTRAST);
            actions.add(step);
        }
        if (issue.open()) {
            Button classify = new Button(getTranslation("issue.classify"), click -> openClassify());
            classify.setId("issue-classify");
            classify.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button assign = new Button(getTranslation("issue.assign"), click -> openAssign());
            assign.setId("issue-assign");
            assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(classify, assign);
        }
        Button log = new Button(
                getTranslation("log.new"),
                click -> new LogEntryDialog(
                                bench.log(),
                                bench.customers(),
                                bench.projects(),
                                username,
                                issue.customerId(),
                                issue.id(),
                                bench.clock(),
                                entry -> update(bench.queries().get(issue.id())),
                                bench.repliesFor(issue))
                        .open());
        log.setId("issue-log");
        log.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        log.setTooltipText(getTranslation("log.new.shortcut"));
        actions.add(log);
        if (issue.open()) {
            Button plan = new Button(
                    getTranslation(issue.plan() == null ? "issue.plan.give" : "issue.plan.change"),
                    click -> openPlan());
            plan.setId("issue-plan");
            plan.addThemeVariants(
                    ButtonVariant.LUMO_SMALL,
                    issue.type() == IssueType.COMPLAINT && issue.plan() == null
                            ? ButtonVariant.LUMO_PRIMARY
                            : ButtonVariant.LUMO_CONTRAST);
            actions.add(plan);
        }
        if (!full) {
            Anchor open = new Anchor("issues/" + issue.id(), getTranslation("issue.open-full"));
            open.setId("issue-open-full");
            actions.add(open);
        }
        return actions;
    }

    /**
     * The reply with a handling plan: measures, who answers for them, by when. The customer reads it in the portal;
     * a complaint's first response is this plan. A refusal marks its fields and keeps what was typed.
     */
    private void openPlan() {
        Dialog dialog = new Dialog(getTranslation("issue.plan.title", issue.id()));
        dialog.setId("plan-dialog");
        TextArea measures = new TextArea(getTranslation("issue.plan.measures"));
        measures.setId("plan-measures");
        measures.setMaxLength(HandlingPlan.MEASURES_MAX);
        measures.setRequired(true);
        measures.setHelperText(getTranslation("issue.plan.measures-help"));
        com.vaadin.flow.component.textfield.TextField owner =
                new com.vaadin.flow.component.textfield.TextField(getTranslation("issue.plan.owner"));
        owner.setId("plan-owner");
        owner.setMaxLength(HandlingPlan.OWNER_MAX);
        owner.setRequired(true);
        com.vaadin.flow.component.datetimepicker.DateTimePicker expected =
                new com.vaadin.flow.component.datetimepicker.DateTimePicker(getTranslation("issue.plan.expected"));
        expected.setId("plan-expected");
        expected.setRequiredIndicatorVisible(true);
        java.time.ZoneId zone = Formats.zone();
        if (issue.plan() != null) {
            measures.setValue(issue.plan().measures());
            owner.setValue(issue.plan().owner());
            expected.setValue(java.time.LocalDateTime.ofInstant(issue.plan().expectedBy(), zone));
        } else {
            owner.setValue(person(issue.assignee() != null ? issue.assignee() : username));
        }
        com.siteline.knowledge.ui.ReplyPicker picker = bench.replyPicker(issue, getLocale(), measures);
        picker.setId("plan-reply-picker");
        FormLayout planForm = new FormLayout(picker, measures, owner, expected);
        planForm.setColspan(picker, 2);
        planForm.setColspan(measures, 2);
        dialog.add(planForm);
        Button save = new Button(getTranslation("issue.plan.send"), click -> {
            try {
                update(bench.issues()
                        .plan(
                                issue.id(),
                                issue.version(),
                                measures.getValue(),
                                owner.getValue(),
                                expected.getValue() == null
                                        ? null
                                        : expected.getValue().atZone(zone).toInstant()));
                dialog.close();
            } catch (InvalidInputException e) {
                Problems.show(
                        dialog,
                        e,
                        Problems.at(measures, HandlingPlan.Field.MEASURES),
                        Problems.at(owner, HandlingPlan.Field.OWNER),
                        Problems.at(expected, HandlingPlan.Field.EXPECTED_BY));
            } catch (RefusedException | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
                Problems.error(getTranslation("issue.plan.conflict"));
            }
        });
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** Opens the "log a contact" dialog for this issue (the Alt+L shortcut). */
    public void logContact() {
        new LogEntryDialog(
                        bench.log(),
                        bench.customers(),
                        bench.projects(),
                        username,
                        issue.customerId(),
                        issue.id(),
                        bench.clock(),
                        entry -> update(bench.queries().get(issue.id())),
                        bench.repliesFor(issue))
                .open();
    }

    private void openStep(IssueStatus target) {
        Dialog dialog = new Dialog(getTranslation("issue.step." + target.name()));
        dialog.setId("step-dialog");
        FormLayout form = new FormLayout();
        TextArea rootCause = new TextArea(getTranslation("issue.field.root-cause"));
        rootCause.setId("step-root-cause");
        rootCause.setValue(nz(issue.rootCause()));
        TextArea resolution = new TextArea(getTranslation("issue.field.resolution"));
        resolution.setId("step-resolution");
        resolution.setValue(nz(issue.resolution()));
        ComboBox<Verdict> verdict = new ComboBox<>(getTranslation("issue.field.verdict"));
        verdict.setId("step-verdict");
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(v -> getTranslation(v.messageKey()));
        TextArea note = new TextArea(
                getTranslation(target == IssueStatus.REVISITED ? "issue.field.revisit" : "issue.field.note"));
        note.setId("step-note");
        if (target == IssueStatus.FEEDBACK_GIVEN) {
            // the customer reads the resolution in the portal: a standard reply may start it
            com.siteline.knowledge.ui.ReplyPicker picker = bench.replyPicker(issue, getLocale(), resolution);
            picker.setId("step-reply-picker");
            form.add(rootCause, picker, resolution);
        }
        if (target == IssueStatus.CLOSED) {
            form.add(verdict);
        }
        ComboBox<String> reason = new ComboBox<>(
                getTranslation("issue.field.pause-reason"), bench.queries().pauseReasonsFor(issue.variantId()));
        reason.setId("step-pause-reason");
        reason.setItemLabelGenerator(id -> IssueLabels.pauseReason(this, bench.catalog(), issue.variantId(), id));
        reason.setValue(IssueQueries.CORE_PAUSE_REASON);
        reason.setHelperText(getTranslation("issue.field.pause-reason-help"));
        if (target == IssueStatus.WAITING_CUSTOMER) {
            form.add(reason);
        }
        form.add(note);
        dialog.add(form);
        Button confirm = new Button(getTranslation("action.confirm"), click -> {
            try {
                update(bench.issues()
                        .move(
                                issue.id(),
                                issue.version(),
                                target,
                                new StepInput(
                                        note.getValue(),
                                        rootCause.getValue(),
                                        resolution.getValue(),
                                        verdict.getValue(),
                                        target == IssueStatus.WAITING_CUSTOMER ? reason.getValue() : null)));
                dialog.close();
            } catch (RefusedException e) {
                refused(e);
            } catch (ObjectOptimisticLockingFailureException e) {
                conflict();
            }
        });
        confirm.setId("step-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    void refused(RefusedException e) {
        Problems.show(this, e);
    }

    private void openClassify() {
        Dialog dialog = new Dialog(getTranslation("issue.classify"));
        dialog.setId("classify-dialog");
        ComboBox<IssueType> type = new ComboBox<>(getTranslation("issue.field.type"), IssueType.values());
        type.setId("classify-type");
        type.setItemLabelGenerator(t -> getTranslation("issue.type." + t.name()));
        type.setValue(issue.type());
        ComboBox<String> category = new ComboBox<>(
                getTranslation("issue.field.category"), bench.queries().categoriesFor(issue.variantId()));
        category.setId("classify-category");
        category.setItemLabelGenerator(id -> IssueLabels.category(this, bench.catalog(), id));
        category.setValue(issue.categoryId());
        ComboBox<Urgency> urgency = new ComboBox<>(getTranslation("issue.field.urgency"), Urgency.values());
        urgency.setId("classify-urgency");
        urgency.setItemLabelGenerator(u -> getTranslation(UrgencyWords.key(type.getValue(), u)));
        type.addValueChangeListener(e -> urgency.getListDataView().refreshAll());
        urgency.setValue(issue.urgency());
        dialog.add(new FormLayout(type, category, urgency));
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                update(bench.issues()
                        .classify(
                                issue.id(), issue.version(), type.getValue(), category.getValue(), urgency.getValue()));
                dialog.close();
            } catch (RefusedException e) {
                refused(e);
            } catch (ObjectOptimisticLockingFailureException e) {
                conflict();
            }
        });
        save.setId("classify-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void openAssign() {
        Dialog dialog = new Dialog(getTranslation("issue.assign"));
        dialog.setId("assign-dialog");
        ComboBox<String> assignee = new ComboBox<>(
                getTranslation("issue.field.assignee"),
                bench.queries().assignees().stream().map(u -> u.username()).toList());
        assignee.setId("assign-user");
        assignee.setItemLabelGenerator(this::person);
        assignee.setValue(issue.assignee());
        dialog.add(assignee);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                update(bench.issues().assign(issue.id(), issue.version(), assignee.getValue()));
                dialog.close();
            } catch (RefusedException e) {
                refused(e);
            } catch (ObjectOptimisticLockingFailureException e) {
                conflict();
            }
        });
        save.setId("assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void update(IssueDetails updated) {
        show(updated);
        changed.accept(updated);
    }

    public IssueDetails issue() {
        return issue;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
