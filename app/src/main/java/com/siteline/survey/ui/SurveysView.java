package com.siteline.survey.ui;

import com.siteline.base.Actors;
import com.siteline.base.RefusedException;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridLinks;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.SavedView;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.ui.grid.DataGrid;
import com.siteline.base.ui.grid.GridKit;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.SurveyTemplate;
import com.siteline.survey.SurveyService;
import com.siteline.survey.SurveySettings;
import com.siteline.survey.SurveyState;
import com.siteline.survey.SurveySummary;
import com.siteline.survey.internal.SurveyGrid;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The satisfaction surveys of the user's units ({@code surveys}): which went out, which wait for an answer,
 * the poor ratings and what became of them. A survey not yet answered can be skipped or answered for the
 * customer from a phone call.
 */
@Route("surveys")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.surveys", order = 16, icon = "vaadin:smiley-o")
public class SurveysView extends ViewFrame implements com.vaadin.flow.router.BeforeEnterObserver {

    private final transient SurveyService surveys;
    private final DataGrid<SurveySummary> grid;
    private final transient GridLinks links;

    private final java.util.Map<String, String> people;

    public SurveysView(
            SurveyService surveys,
            SurveySettings settings,
            GridKit kit,
            GridLinks links,
            OrganizationService organization) {
        super("survey.title");
        this.people = organization.displayNames();
        this.links = links;
        this.surveys = surveys;
        setId("surveys-view");
        setSizeFull();
        grid = new DataGrid<>(kit, surveys);
        grid.column("created", s -> Formats.minute(s.createdAt()));
        grid.column("customer", SurveySummary::customerName);
        grid.column("subject", SurveySummary::subject);
        grid.column("unit", SurveySummary::unitName);
        grid.column("state", s -> getTranslation(s.state().messageKey()))
                .component(this::badge)
                .choiceLabels(s -> getTranslation("survey.state." + s));
        grid.column("sent", s -> s.sentAt() == null ? "" : Formats.minute(s.sentAt()));
        grid.column("rating", s -> s.rating() == null ? "" : "★".repeat(s.rating()))
                .choiceLabels(r -> getTranslation("survey.stars", r));
        grid.column("answered", s -> s.answeredAt() == null ? "" : Formats.minute(s.answeredAt()));
        grid.column("handler", s -> person(s.handler())).choices(() -> List.copyOf(people.keySet()), this::person);
        String poor = String.valueOf(settings.poorAtOrBelow());
        grid.presets(List.of(
                SavedView.builtIn("survey.view.all", GridQuery.empty()),
                SavedView.builtIn("survey.view.waiting", GridQuery.empty().choice("state", SurveyState.SENT.name())),
                SavedView.builtIn(
                        "survey.view.poor",
                        GridQuery.empty()
                                .withFilter(
                                        "rating",
                                        new ColumnFilter.Choice(
                                                java.util.stream.IntStream.rangeClosed(1, settings.poorAtOrBelow())
                                                        .mapToObj(String::valueOf)
                                                        .collect(Collectors.toSet())))),
                SavedView.builtIn(
                        "survey.view.answered", GridQuery.empty().choice("state", SurveyState.ANSWERED.name()))));
        grid.identity(SurveySummary::id).detail(this::panel);
        grid.build();
        Paragraph intro = new Paragraph(getTranslation("survey.intro", poor));
        if (managerOrAdmin()) {
            Anchor campaigns = new Anchor("surveys/campaigns", getTranslation("campaign.open"));
            campaigns.setId("surveys-campaigns");
            intro.add(new com.vaadin.flow.component.html.Span(" "), campaigns);
        }
        add(intro, grid);
        setFlexGrow(1, grid);
    }

    /** {@code surveys?q=…} opens the grid filtered to that query (what the overview's bars link to). */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(GridLinks.PARAMETER)
                .flatMap(links::decode)
                .map(SurveyGrid.DEFINITION::usable)
                .ifPresent(grid::apply);
    }

    DataGrid<SurveySummary> grid() {
        return grid;
    }

    private static boolean managerOrAdmin() {
        var auth = Actors.authentication();
        return auth != null
                && auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER")
                                || a.getAuthority().equals("ROLE_ADMIN"));
    }

    private Badge badge(SurveySummary s) {
        Badge.Tone tone = switch (s.state()) {
            case SCHEDULED, SENT -> Badge.Tone.INFO;
            case ANSWERED -> s.rating() != null && s.poorFollowed() ? Badge.Tone.ERROR : Badge.Tone.SUCCESS;
            default -> Badge.Tone.NEUTRAL;
        };
        return new Badge(getTranslation(s.state().messageKey()), tone);
    }

    private Component panel(SurveySummary s) {
        Div panel = new Div();
        panel.setId("survey-panel");
        panel.add(new H3(s.customerName() + " · " + s.subject()), badge(s));
        if (s.issueId() != null) {
            Anchor issue = new Anchor("issues/" + s.issueId(), getTranslation("survey.open-issue"));
            issue.setId("survey-issue");
            panel.add(new Paragraph(issue));
        }
        if (s.state() == SurveyState.SCHEDULED) {
            panel.add(new Paragraph(getTranslation("survey.due") + ": "
                    + (s.dueAt() == null ? getTranslation("survey.due.waiting") : Formats.minute(s.dueAt()))));
        }
        if (s.state() == SurveyState.SENT && s.expiresAt() != null) {
            panel.add(new Paragraph(getTranslation("survey.expires") + ": " + Formats.minute(s.expiresAt())));
        }
        if (s.state() == SurveyState.ANSWERED) {
            panel.add(answers(s));
        }
        if (s.state().answerable()) {
            Button record = new Button(
                    getTranslation("survey.record"),
                    e -> new RecordSurveyDialog(surveys, s, updated -> {
                                grid.refresh();
                                grid.refreshPanel(updated);
                            })
                            .open());
            record.setId("survey-record");
            Button skip = new Button(getTranslation("survey.skip"), e -> skip(s));
            skip.setId("survey-skip");
            panel.add(new HorizontalLayout(record, skip));
        }
        return panel;
    }

    private Component answers(SurveySummary s) {
        Div answers = new Div();
        answers.setId("survey-answers");
        answers.add(new Paragraph(getTranslation("survey.channel") + ": "
                + ("phone".equals(s.answerChannel())
                        ? getTranslation("survey.channel.phone", person(s.answeredBy()))
                        : getTranslation("survey.channel.link"))));
        SurveyTemplate template;
        try {
            template = surveys.template(s);
        } catch (RefusedException e) {
            answers.add(new Paragraph(Problems.text(this, e.message())));
            return answers;
        }
        for (FieldSpec question : template.questions()) {
            Object value = s.answers().get(question.id());
            if (value != null) {
                answers.add(new Paragraph(question.label().get(getLocale()) + ": " + words(question, value)));
            }
        }
        if (s.poorFollowed()) {
            Paragraph followed = new Paragraph(getTranslation("survey.poor-followed"));
            followed.setId("survey-followed");
            answers.add(followed);
        }
        return answers;
    }

    private String words(FieldSpec question, Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().map(v -> choice(question, v.toString())).collect(Collectors.joining("、"));
        }
        return question.choices().isEmpty() ? value.toString() : choice(question, value.toString());
    }

    private String choice(FieldSpec question, String id) {
        return question.choices().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .map(c -> c.label().get(getLocale()))
                .orElse(id);
    }

    private String person(String username) {
        return username == null ? "" : people.getOrDefault(username, username);
    }

    private void skip(SurveySummary s) {
        try {
            SurveySummary updated = surveys.skip(s.id(), s.version());
            Problems.success(getTranslation("survey.skipped"));
            grid.refresh();
            grid.refreshPanel(updated);
        } catch (RefusedException e) {
            Problems.show(this, e);
        } catch (OptimisticLockingFailureException e) {
            Problems.error(getTranslation("conflict.saved-by-other"));
            grid.refresh();
        }
    }
}
