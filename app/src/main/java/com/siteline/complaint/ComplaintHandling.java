package com.siteline.complaint;

import com.siteline.base.Actors;
import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.complaint.internal.ComplaintHandlingRepository;
import com.siteline.complaint.internal.ComplaintHandlingRow;
import com.siteline.complaint.internal.ComplaintNote;
import com.siteline.complaint.internal.ComplaintNoteRepository;
import com.siteline.complaint.internal.ComplaintParty;
import com.siteline.complaint.internal.ComplaintPartyRepository;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.notification.Notice;
import com.siteline.notification.NotificationService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.TeamSummary;
import com.siteline.organization.Teams;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an issue is handled, in the depth the procedures ask (seeds 001, 003): the responsible team (责任部门) and the
 * supporting teams (相关部门配合), each told when it is named and free to add notes; the cause category and the impacts
 * beside the root-cause text. Teams are the unit's own ({@code admin/teams}).
 */
@Service
@Transactional(readOnly = true)
public class ComplaintHandling {

    public static final int NOTE_MAX = 2000;

    private final ComplaintHandlingRepository handlings;
    private final ComplaintPartyRepository parties;
    private final ComplaintNoteRepository notes;
    private final IssueQueries issues;
    private final Teams teams;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final Clock clock;

    ComplaintHandling(
            ComplaintHandlingRepository handlings,
            ComplaintPartyRepository parties,
            ComplaintNoteRepository notes,
            IssueQueries issues,
            Teams teams,
            OrganizationService organization,
            NotificationService notifications,
            Clock clock) {
        this.handlings = handlings;
        this.parties = parties;
        this.notes = notes;
        this.issues = issues;
        this.teams = teams;
        this.organization = organization;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The teams of a unit, by name. */
    public List<ComplaintView.Team> teamsOf(long businessUnitId) {
        return teams.all().stream()
                .filter(t -> t.businessUnitId() == businessUnitId)
                .map(ComplaintHandling::team)
                .toList();
    }

    /** An issue's handling (visible to the user: the issue's scope). */
    public ComplaintView of(long issueId) {
        IssueDetails issue = issues.get(issueId);
        Map<Long, ComplaintView.Team> unitTeams = teamsOf(issue.businessUnitId()).stream()
                .collect(Collectors.toMap(ComplaintView.Team::id, Function.identity()));
        ComplaintHandlingRow row = handlings.findByIssueId(issueId).orElse(null);
        List<ComplaintView.Team> supporting = parties.findByIssueIdOrderByIdAsc(issueId).stream()
                .map(p -> unitTeams.get(p.getTeamId()))
                .filter(Objects::nonNull)
                .toList();
        List<ComplaintView.Note> written = notes.findByIssueIdOrderByWrittenAtAscIdAsc(issueId).stream()
                .map(n -> new ComplaintView.Note(
                        n.getId(),
                        n.getAuthor(),
                        n.getTeamId() == null || !unitTeams.containsKey(n.getTeamId())
                                ? null
                                : unitTeams.get(n.getTeamId()).name(),
                        n.getBody(),
                        n.getWrittenAt()))
                .toList();
        return new ComplaintView(
                issueId,
                issue.businessUnitId(),
                row == null ? -1 : row.getVersion(),
                row == null || row.getResponsibleTeamId() == null ? null : unitTeams.get(row.getResponsibleTeamId()),
                supporting,
                row == null ? null : row.getCause(),
                row == null ? Set.of() : row.getImpacts(),
                written);
    }

    /**
     * Names the teams, the cause category and the impacts of an issue; a newly named team's lead and members are told.
     *
     * @throws InvalidInputException naming a team not of the issue's unit, or the responsible team among the supporting
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public ComplaintView save(long issueId, long expectedVersion, HandlingInput input) {
        String user = Actors.current();
        IssueDetails issue = issues.get(issueId);
        Map<Long, ComplaintView.Team> unitTeams = teamsOf(issue.businessUnitId()).stream()
                .collect(Collectors.toMap(ComplaintView.Team::id, Function.identity()));
        InputProblems problems = new InputProblems();
        if (input.responsibleTeamId() != null && !unitTeams.containsKey(input.responsibleTeamId())) {
            problems.add(HandlingInput.Field.RESPONSIBLE_TEAM_ID, "complaint.error.team");
        }
        if (!unitTeams.keySet().containsAll(input.supportingTeamIds())) {
            problems.add(HandlingInput.Field.SUPPORTING_TEAM_IDS, "complaint.error.team");
        } else if (input.responsibleTeamId() != null
                && input.supportingTeamIds().contains(input.responsibleTeamId())) {
            problems.add(HandlingInput.Field.SUPPORTING_TEAM_IDS, "complaint.error.supporting-responsible");
        }
        problems.refuseIfAny();
        ComplaintHandlingRow row = handlings.findByIssueId(issueId).orElse(null);
        if (row == null) {
            if (expectedVersion >= 0) {
                RowVersion.check(ComplaintHandlingRow.class, issueId, -1, expectedVersion);
            }
            row = new ComplaintHandlingRow(issue.businessUnitId(), issueId);
        } else {
            RowVersion.check(ComplaintHandlingRow.class, row.getId(), row.getVersion(), expectedVersion);
        }
        Long before = row.getResponsibleTeamId();
        row.set(input.responsibleTeamId(), input.cause(), input.impacts(), user, clock.instant());
        handlings.saveAndFlush(row);
        Set<Long> had = new TreeSet<>();
        for (ComplaintParty party : parties.findByIssueIdOrderByIdAsc(issueId)) {
            if (input.supportingTeamIds().contains(party.getTeamId())) {
                had.add(party.getTeamId());
            } else {
                parties.delete(party);
            }
        }
        parties.flush();
        for (Long teamId : new TreeSet<>(input.supportingTeamIds())) {
            if (!had.contains(teamId)) {
                parties.save(new ComplaintParty(issue.businessUnitId(), issueId, teamId, user, clock.instant()));
                tell(unitTeams.get(teamId), issue, "COMPLAINT_SUPPORTING", user);
            }
        }
        if (input.responsibleTeamId() != null && !input.responsibleTeamId().equals(before)) {
            tell(unitTeams.get(input.responsibleTeamId()), issue, "COMPLAINT_RESPONSIBLE", user);
        }
        parties.flush();
        return of(issueId);
    }

    private void tell(ComplaintView.Team team, IssueDetails issue, String kind, String user) {
        for (String member : people(team)) {
            if (!member.equals(user)) {
                notifications.send(new Notice(
                        member,
                        issue.id(),
                        kind,
                        "complaint-" + kind + "-" + issue.id() + "-" + team.id() + "-" + member,
                        List.of(Message.value("#" + issue.id() + " " + issue.title()), Message.value(team.name()))));
            }
        }
    }

    private static Set<String> people(ComplaintView.Team team) {
        Set<String> people = new LinkedHashSet<>();
        if (team.lead() != null) {
            people.add(team.lead());
        }
        people.addAll(team.members());
        return people;
    }

    /**
     * A party of the issue adds a note: its handler or reviewer, a lead or member of its responsible or a supporting
     * team, or a manager of its unit. The handler and the responsible team's lead are told.
     *
     * @throws RefusedException when the user is no party of the issue
     * @throws InvalidInputException when the note is empty or too long
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public ComplaintView addNote(long issueId, String body) {
        String user = Actors.current();
        IssueDetails issue = issues.get(issueId);
        ComplaintView view = of(issueId);
        ComplaintView.Team team = java.util.stream.Stream.concat(
                        java.util.stream.Stream.ofNullable(view.responsible()), view.supporting().stream())
                .filter(t -> people(t).contains(user))
                .findFirst()
                .orElse(null);
        boolean party = team != null
                || user.equals(issue.assignee())
                || user.equals(issue.reviewer())
                || organization
                        .usersWithRole(issue.businessUnitId(), Role.MANAGER)
                        .contains(user);
        if (!party) {
            throw new RefusedException("complaint.refused.not-party");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(List.of("complaint.error.note"));
        }
        if (body.strip().length() > NOTE_MAX) {
            throw new InvalidInputException(List.of("complaint.error.note-length"));
        }
        ComplaintNote note = notes.saveAndFlush(new ComplaintNote(
                issue.businessUnitId(), issueId, user, team == null ? null : team.id(), body.strip(), clock.instant()));
        Set<String> told = new LinkedHashSet<>();
        if (issue.assignee() != null) {
            told.add(issue.assignee());
        }
        if (view.responsible() != null && view.responsible().lead() != null) {
            told.add(view.responsible().lead());
        }
        told.remove(user);
        Map<String, String> names = organization.displayNames();
        for (String recipient : told) {
            notifications.send(new Notice(
                    recipient,
                    issueId,
                    "COMPLAINT_NOTE",
                    "complaint-note-" + note.getId() + "-" + recipient,
                    List.of(
                            Message.value(names.getOrDefault(user, user)),
                            Message.value("#" + issue.id() + " " + issue.title()))));
        }
        return of(issueId);
    }

    private static ComplaintView.Team team(TeamSummary t) {
        return new ComplaintView.Team(t.id(), t.name(), t.lead(), t.members());
    }
}
