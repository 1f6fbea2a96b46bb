package com.siteline.meeting.ui;

import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.RecordSection;
import com.siteline.customer.CustomerService;
import com.siteline.meeting.MeetingKind;
import com.siteline.meeting.MeetingView;
import com.siteline.meeting.Meetings;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The project page's meetings: each with its panel, and the button that records one. */
@Configuration(proxyBeanMethods = false)
class MeetingSections {

    @Bean
    RecordSection projectMeetingsSection(
            Meetings meetings,
            CustomerService customers,
            ProjectService projects,
            OrganizationService organization,
            CurrentUser user,
            org.springframework.beans.factory.ObjectProvider<RecordSection> sections) {
        return RecordSection.at(RecordSection.Page.PROJECT, 32, projectId -> {
            Div box = new Div();
            box.setId("project-meetings");
            fill(
                    box,
                    meetings,
                    customers,
                    projects,
                    organization,
                    user,
                    sections.orderedStream().toList(),
                    projectId);
            return Optional.of(box);
        });
    }

    private static void fill(
            Div box,
            Meetings meetings,
            CustomerService customers,
            ProjectService projects,
            OrganizationService organization,
            CurrentUser user,
            List<RecordSection> sections,
            long projectId) {
        box.removeAll();
        Map<String, String> people = organization.displayNames();
        String username = user.username().orElseThrow();
        boolean manager = user.hasRole(Role.MANAGER);
        Runnable again = () -> fill(box, meetings, customers, projects, organization, user, sections, projectId);
        box.add(new H3(box.getTranslation("meeting.project-title")));
        List<MeetingView> list = meetings.ofProject(projectId);
        list.forEach(
                m -> box.add(new MeetingPanel(meetings, customers, username, manager, people, sections, m, again)));
        Button record = new Button(box.getTranslation("meeting.record"), e -> {
            ProjectSummary project = projects.get(projectId);
            Map<String, String> staff = new LinkedHashMap<>();
            meetings.usersOf(project.businessUnitId()).forEach(u -> staff.put(u, people.getOrDefault(u, u)));
            MeetingDialog dialog = new MeetingDialog(
                    meetings,
                    customers,
                    null,
                    projectId,
                    meetings.projectCustomer(projectId),
                    Map.of(project.businessUnitId(), project.businessUnitName()),
                    staff,
                    MeetingKind.STAGE_ACCEPTANCE,
                    "",
                    Formats.nowToTheMinute());
            dialog.addSavedListener(saved -> {
                Problems.success(box.getTranslation("meeting.saved"));
                again.run();
            });
            dialog.open();
        });
        record.setId("project-meeting-record");
        box.add(record);
    }
}
