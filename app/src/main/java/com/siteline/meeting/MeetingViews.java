package com.siteline.meeting;

import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.meeting.internal.Meeting;
import com.siteline.meeting.internal.MeetingActionRepository;
import com.siteline.meeting.internal.MeetingAttendee;
import com.siteline.organization.OrganizationService;
import com.siteline.project.ProjectService;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A meeting as screens show it: its unit's and project's names, attendees with their receipts, action items. */
@Component
class MeetingViews {

    private final MeetingActionRepository actions;
    private final ProjectService projects;
    private final CustomerService customers;
    private final OrganizationService organization;

    MeetingViews(
            MeetingActionRepository actions,
            ProjectService projects,
            CustomerService customers,
            OrganizationService organization) {
        this.actions = actions;
        this.projects = projects;
        this.customers = customers;
        this.organization = organization;
    }

    MeetingView view(Meeting meeting) {
        return view(meeting, organization.unitNameOf(meeting.getBusinessUnitId()));
    }

    MeetingView view(Meeting m, Map<Long, String> units) {
        String projectName = m.getProjectId() == null ? null : projectName(m.getProjectId());
        Map<Long, CustomerDetails> contacts = customers.contactsOf(m.getAttendees().stream()
                .map(MeetingAttendee::getCustomerId)
                .filter(c -> c != null)
                .toList());
        return new MeetingView(
                m.getId(),
                m.getVersion(),
                m.getBusinessUnitId(),
                units.get(m.getBusinessUnitId()),
                m.getProjectId(),
                projectName,
                m.getKind(),
                m.getTitle(),
                m.getState(),
                m.getDueOn(),
                m.getHeldAt(),
                m.getPlace(),
                m.getAgenda(),
                m.getMinutes(),
                m.getDecisions(),
                m.getOrganizer(),
                m.getReviewedBy(),
                m.getPublishedAt(),
                m.getAttendees().stream()
                        .map(a -> new MeetingView.Attendee(
                                a.getId(),
                                a.getUsername(),
                                a.getCustomerId(),
                                a.getCustomerId() == null
                                        ? null
                                        : java.util.Optional.ofNullable(contacts.get(a.getCustomerId()))
                                                .map(CustomerDetails::name)
                                                .orElse(null),
                                a.isPresent(),
                                a.isChair(),
                                a.getOpenedAt(),
                                a.getAcknowledgedAt()))
                        .toList(),
                actions.findByMeetingIdOrderByDueOnAscIdAsc(m.getId()).stream()
                        .map(a -> new MeetingView.Action(
                                a.getId(),
                                a.getVersion(),
                                a.getText(),
                                a.getOwner(),
                                a.getDueOn(),
                                a.getDoneAt(),
                                a.getDoneBy()))
                        .toList());
    }

    private String projectName(long projectId) {
        // the meeting is in the actor's scope (a customer's too): its project's name goes with it, never an error
        return projects.owner(projectId)
                .map(com.siteline.base.RecordOwner::label)
                .orElse(null);
    }
}
