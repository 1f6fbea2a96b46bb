package com.siteline.improvement.ui;

import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.RecordSection;
import com.siteline.improvement.ImprovementRow;
import com.siteline.improvement.ImprovementSource;
import com.siteline.improvement.Improvements;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.meeting.MeetingKind;
import com.siteline.meeting.MeetingState;
import com.siteline.meeting.MeetingView;
import com.siteline.meeting.Meetings;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.sdk.IssueType;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Improvement actions where their sources are: on a closed issue's page (its complaint, or its customer's poor
 * survey answer) and on a held post-project review's panel; each lists the actions raised from it and raises one.
 */
@Configuration(proxyBeanMethods = false)
class ImprovementSections {

    @Bean
    RecordSection issueImprovementsSection(
            Improvements improvements, IssueQueries issues, OrganizationService organization, CurrentUser user) {
        return section(
                RecordSection.Page.ISSUE,
                60,
                issueId -> {
                    IssueDetails issue = issues.get(issueId);
                    if (issue.open()) {
                        return Optional.empty();
                    }
                    List<ImprovementSource> sources = new ArrayList<>();
                    if (issue.type() == IssueType.COMPLAINT) {
                        sources.add(ImprovementSource.COMPLAINT);
                    }
                    sources.add(ImprovementSource.SURVEY_ANSWER);
                    return Optional.of(new Source(
                            sources,
                            issue.businessUnitId(),
                            issue.businessUnitName(),
                            "#" + issue.id() + " " + issue.title()));
                },
                improvements,
                organization,
                user);
    }

    @Bean
    RecordSection meetingImprovementsSection(
            Improvements improvements, Meetings meetings, OrganizationService organization, CurrentUser user) {
        return section(
                RecordSection.Page.MEETING,
                60,
                meetingId -> {
                    MeetingView meeting = meetings.get(meetingId);
                    if (meeting.kind() != MeetingKind.POST_PROJECT_REVIEW || meeting.state() == MeetingState.PLANNED) {
                        return Optional.empty();
                    }
                    return Optional.of(new Source(
                            List.of(ImprovementSource.POST_PROJECT_REVIEW),
                            meeting.businessUnitId(),
                            meeting.unitName(),
                            meeting.title()));
                },
                improvements,
                organization,
                user);
    }

    /** What a record offers to raise from: the sources, its unit, its words. */
    private record Source(List<ImprovementSource> sources, long unitId, String unitName, String label) {}

    private static RecordSection section(
            RecordSection.Page page,
            int order,
            java.util.function.LongFunction<Optional<Source>> source,
            Improvements improvements,
            OrganizationService organization,
            CurrentUser user) {
        return RecordSection.at(
                page,
                order,
                recordId -> source.apply(recordId).map(s -> {
                    Div box = new Div();
                    box.setId("improvements-of-" + page.name().toLowerCase(java.util.Locale.ROOT) + "-" + recordId);
                    fill(box, s, recordId, improvements, organization, user);
                    return box;
                }));
    }

    private static void fill(
            Div box,
            Source source,
            long recordId,
            Improvements improvements,
            OrganizationService organization,
            CurrentUser user) {
        box.removeAll();
        Map<String, String> people = organization.displayNames();
        String username = user.username().orElseThrow();
        boolean manager = user.hasRole(Role.MANAGER);
        Runnable again = () -> fill(box, source, recordId, improvements, organization, user);
        box.add(new H3(box.getTranslation("improvement.title")));
        List<ImprovementRow> raised = new ArrayList<>();
        source.sources().forEach(s -> raised.addAll(improvements.ofSource(s, recordId)));
        raised.forEach(
                r -> box.add(new ImprovementPanel(improvements, username, manager, people, r, done -> again.run())));
        Button raise = new Button(box.getTranslation("improvement.raise"), e -> {
            Map<String, String> staff = new LinkedHashMap<>();
            improvements.usersOf(source.unitId()).forEach(u -> staff.put(u, people.getOrDefault(u, u)));
            ImprovementDialog dialog = new ImprovementDialog(
                    improvements,
                    source.sources(),
                    recordId,
                    source.label(),
                    Map.of(source.unitId(), source.unitName() == null ? "" : source.unitName()),
                    staff,
                    Formats.today());
            dialog.addSavedListener(saved -> {
                Problems.success(box.getTranslation("improvement.saved"));
                again.run();
            });
            dialog.open();
        });
        raise.setId(box.getId().orElse("improvements") + "-raise");
        box.add(raise);
    }
}
