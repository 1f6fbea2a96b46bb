package com.siteline.complaint.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.RecordSection;
import com.siteline.complaint.CauseCategory;
import com.siteline.complaint.CompensationLimits;
import com.siteline.complaint.Compensations;
import com.siteline.complaint.ComplaintHandling;
import com.siteline.complaint.ComplaintView;
import com.siteline.complaint.HandlingInput;
import com.siteline.complaint.Impact;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.sdk.IssueType;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A complaint's handling on its issue page (投诉处理): the responsible and supporting teams, the cause category and
 * impacts (saved together; a refusal marks its field and keeps what was chosen), the parties' notes, and its
 * compensations with their approvals.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintSection {

    @Bean
    RecordSection complaintHandlingSection(
            ComplaintHandling handling,
            Compensations compensations,
            CompensationLimits limits,
            IssueQueries issues,
            OrganizationService organization,
            CurrentUser user) {
        return RecordSection.at(RecordSection.Page.ISSUE, 40, issueId -> {
            IssueDetails issue = issues.get(issueId);
            if (issue.type() != IssueType.COMPLAINT) {
                return Optional.empty();
            }
            Div box = new Div();
            box.setId("complaint-handling");
            new Filler(box, issue, handling, compensations, limits, organization, user).fill();
            return Optional.of(box);
        });
    }

    /** Draws the section and draws it again after each change. */
    private record Filler(
            Div box,
            IssueDetails issue,
            ComplaintHandling handling,
            Compensations compensations,
            CompensationLimits limits,
            OrganizationService organization,
            CurrentUser user) {

        void fill() {
            box.removeAll();
            ComplaintView view = handling.of(issue.id());
            Map<String, String> people = organization.displayNames();
            box.add(new H3(box.getTranslation("complaint.title")));
            box.add(form(view));
            box.add(notes(view, people));
            box.add(compensationsOf(people));
        }

        private Component form(ComplaintView view) {
            Map<Long, ComplaintView.Team> teams = handling.teamsOf(issue.businessUnitId()).stream()
                    .collect(Collectors.toMap(
                            ComplaintView.Team::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
            ComboBox<Long> responsible = new ComboBox<>(box.getTranslation("complaint.responsible"));
            responsible.setItems(List.copyOf(teams.keySet()));
            responsible.setItemLabelGenerator(id -> label(teams.get(id)));
            responsible.setClearButtonVisible(true);
            responsible.setId("complaint-responsible");
            MultiSelectComboBox<Long> supporting =
                    new MultiSelectComboBox<>(box.getTranslation("complaint.supporting"));
            supporting.setItems(List.copyOf(teams.keySet()));
            supporting.setItemLabelGenerator(id -> label(teams.get(id)));
            supporting.setId("complaint-supporting");
            ComboBox<CauseCategory> cause = new ComboBox<>(box.getTranslation("complaint.cause"));
            cause.setItems(CauseCategory.values());
            cause.setItemLabelGenerator(c -> box.getTranslation(c.messageKey()));
            cause.setClearButtonVisible(true);
            cause.setId("complaint-cause");
            cause.setHelperText(
                    issue.rootCause() == null
                            ? box.getTranslation("complaint.root-cause.none")
                            : box.getTranslation("complaint.root-cause", issue.rootCause()));
            CheckboxGroup<Impact> impacts = new CheckboxGroup<>(box.getTranslation("complaint.impacts"));
            impacts.setItems(Impact.values());
            impacts.setItemLabelGenerator(i -> box.getTranslation(i.messageKey()));
            impacts.setId("complaint-impacts");
            if (view.responsible() != null) {
                responsible.setValue(view.responsible().id());
            }
            supporting.setValue(
                    view.supporting().stream().map(ComplaintView.Team::id).collect(Collectors.toSet()));
            cause.setValue(view.cause());
            impacts.setValue(view.impacts());
            Paragraph status = new Paragraph();
            status.setId("complaint-status");
            status.addClassName("siteline-error-text");
            Button save = new Button(box.getTranslation("action.save"), e -> {
                try {
                    handling.save(
                            issue.id(),
                            view.version(),
                            new HandlingInput(
                                    responsible.getValue(),
                                    supporting.getValue(),
                                    cause.getValue(),
                                    impacts.getValue()));
                    Problems.success(box.getTranslation("complaint.saved"));
                    fill();
                } catch (InvalidInputException problems) {
                    Problems.mark(
                            box,
                            problems.named(),
                            Problems.at(responsible, HandlingInput.Field.RESPONSIBLE_TEAM_ID),
                            Problems.at(supporting, HandlingInput.Field.SUPPORTING_TEAM_IDS),
                            Problems.at(cause, HandlingInput.Field.CAUSE));
                    status.setText(String.join(
                            " ",
                            problems.problems().stream()
                                    .map(box::getTranslation)
                                    .toList()));
                } catch (OptimisticLockingFailureException conflict) {
                    status.setText(box.getTranslation("conflict.saved-by-other"));
                } catch (RefusedException refused) {
                    status.setText(Problems.text(box, refused.message()));
                }
            });
            save.setId("complaint-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            FormLayout form = new FormLayout(responsible, supporting, cause, impacts);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
            Div part = new Div(form, save, status);
            part.setId("complaint-form");
            return part;
        }

        private String label(ComplaintView.Team team) {
            Map<String, String> people = organization.displayNames();
            return team.lead() == null
                    ? team.name()
                    : team.name() + " (" + people.getOrDefault(team.lead(), team.lead()) + ")";
        }

        private Component notes(ComplaintView view, Map<String, String> people) {
            Div part = new Div(new H4(box.getTranslation("complaint.notes")));
            part.setId("complaint-notes");
            if (view.notes().isEmpty()) {
                part.add(new Paragraph(box.getTranslation("complaint.notes.none")));
            }
            for (ComplaintView.Note note : view.notes()) {
                String who = people.getOrDefault(note.author(), note.author())
                        + (note.teamName() == null ? "" : " · " + note.teamName());
                Paragraph line = new Paragraph(new Span(Formats.minute(note.writtenAt()) + " " + who + ": "));
                line.add(new Span(note.body()));
                line.setId("complaint-note-" + note.id());
                part.add(line);
            }
            TextArea text = new TextArea(box.getTranslation("complaint.note.new"));
            text.setWidthFull();
            text.setMaxLength(ComplaintHandling.NOTE_MAX + 1);
            text.setId("complaint-note-text");
            Paragraph status = new Paragraph();
            status.setId("complaint-note-status");
            status.addClassName("siteline-error-text");
            Button add = new Button(box.getTranslation("complaint.note.add"), e -> {
                try {
                    handling.addNote(issue.id(), text.getValue());
                    fill();
                } catch (InvalidInputException problems) {
                    text.setInvalid(true);
                    status.setText(String.join(
                            " ",
                            problems.problems().stream()
                                    .map(box::getTranslation)
                                    .toList()));
                } catch (RefusedException refused) {
                    status.setText(Problems.text(box, refused.message()));
                }
            });
            add.setId("complaint-note-add");
            part.add(text, add, status);
            return part;
        }

        private Component compensationsOf(Map<String, String> people) {
            Div part = new Div(new H4(box.getTranslation("compensation.title")));
            part.setId("complaint-compensations");
            String username = user.username().orElseThrow();
            compensations
                    .ofIssue(issue.id())
                    .forEach(c -> part.add(new CompensationPanel(
                            compensations,
                            username,
                            issue.assignee(),
                            user.hasRole(Role.MANAGER),
                            people,
                            c,
                            changed -> fill())));
            Button propose = new Button(box.getTranslation("compensation.propose"), e -> {
                CompensationDialog dialog =
                        new CompensationDialog(compensations, issue.id(), limits.of(issue.businessUnitId()));
                dialog.addSavedListener(saved -> {
                    Problems.success(box.getTranslation("compensation.saved"));
                    fill();
                });
                dialog.open();
            });
            propose.setId("compensation-propose");
            part.add(propose);
            return part;
        }
    }
}
