package com.siteline.survey.ui;

import com.siteline.base.RefusedException;
import com.siteline.base.grid.GridLinks;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.RecordSection;
import com.siteline.survey.SurveyService;
import com.siteline.survey.SurveyState;
import com.siteline.survey.SurveySummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** The issue page's survey part: what became of the case's survey, its rating, and a way to skip it. */
@Component
class IssueSurveySection implements RecordSection {

    private final SurveyService surveys;
    private final GridLinks links;

    IssueSurveySection(SurveyService surveys, GridLinks links) {
        this.surveys = surveys;
        this.links = links;
    }

    @Override
    public Page page() {
        return Page.ISSUE;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> render(long issueId) {
        return surveys.ofIssue(issueId).map(this::section);
    }

    private com.vaadin.flow.component.Component section(SurveySummary survey) {
        Div box = new Div();
        box.setId("issue-survey");
        fill(box, survey);
        return box;
    }

    private void fill(Div box, SurveySummary s) {
        box.removeAll();
        box.add(new H3(box.getTranslation("survey.issue.heading")));
        StringBuilder line = new StringBuilder(box.getTranslation(s.state().messageKey()));
        if (s.state() == SurveyState.SCHEDULED) {
            line.append(" · ")
                    .append(box.getTranslation("survey.due"))
                    .append(": ")
                    .append(s.dueAt() == null ? box.getTranslation("survey.due.waiting") : Formats.minute(s.dueAt()));
        } else if (s.sentAt() != null) {
            line.append(" · ")
                    .append(box.getTranslation("survey.sent"))
                    .append(": ")
                    .append(Formats.minute(s.sentAt()));
        }
        if (s.rating() != null) {
            line.append(" · ")
                    .append("★".repeat(s.rating()))
                    .append(' ')
                    .append(box.getTranslation("survey.stars", s.rating()));
        }
        Paragraph state = new Paragraph(line.toString());
        state.setId("issue-survey-state");
        box.add(state);
        if (s.poorFollowed()) {
            box.add(new Paragraph(box.getTranslation("survey.poor-followed")));
        }
        box.add(new Anchor(
                links.link("surveys", GridQuery.empty().withSearch(s.customerName())),
                box.getTranslation("survey.title")));
        if (s.state().answerable()) {
            Button skip = new Button(box.getTranslation("survey.skip"), e -> {
                try {
                    fill(box, surveys.skip(s.id(), s.version()));
                    Problems.success(box.getTranslation("survey.skipped"));
                } catch (RefusedException refused) {
                    Problems.show(box, refused);
                } catch (OptimisticLockingFailureException conflict) {
                    Problems.error(box.getTranslation("conflict.saved-by-other"));
                }
            });
            skip.setId("issue-survey-skip");
            box.add(skip);
        }
    }
}
