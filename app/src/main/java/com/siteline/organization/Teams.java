package com.siteline.organization;

import com.siteline.base.InputField;
import com.siteline.base.InputProblems;
import com.siteline.base.RowVersion;
import com.siteline.organization.internal.Team;
import com.siteline.organization.internal.TeamRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams (客服组 / 班组) inside business units, each with a lead: administrators create and change them
 * (route {@code admin/teams}); the escalation ladder asks {@link #leadOf} who leads a handler.
 */
@Service
@Transactional(readOnly = true)
public class Teams {

    private final TeamRepository teams;
    private final OrganizationService organization;
    private final Clock clock;

    Teams(TeamRepository teams, OrganizationService organization, Clock clock) {
        this.teams = teams;
        this.organization = organization;
        this.clock = clock;
    }

    public List<TeamSummary> all() {
        Map<Long, String> units = organization.businessUnits().stream()
                .collect(Collectors.toMap(BusinessUnitSummary::id, BusinessUnitSummary::name));
        return teams.findAllByOrderByBusinessUnitIdAscNameAsc().stream()
                .map(t -> summary(t, units))
                .toList();
    }

    /** Who leads the user's team in the unit (the first of their teams there by name); empty when none does. */
    public Optional<String> leadOf(String username, long businessUnitId) {
        return teams.ofMember(businessUnitId, username).stream()
                .map(Team::getLead)
                .filter(lead -> lead != null)
                .filter(lead -> !lead.equals(username))
                .findFirst();
    }

    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public TeamSummary create(long businessUnitId, String name, String lead, Set<String> members) {
        check(businessUnitId, name, lead, members, true);
        Team team = new Team(businessUnitId, clock.instant());
        team.set(name.strip(), lead, members);
        return summary(teams.saveAndFlush(team), unitNames());
    }

    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public TeamSummary update(long id, long expectedVersion, String name, String lead, Set<String> members) {
        Team team = teams.findById(id).orElseThrow(() -> new NoSuchElementException("no team " + id));
        RowVersion.check(Team.class, id, team.getVersion(), expectedVersion);
        check(team.getBusinessUnitId(), name, lead, members, !name.strip().equals(team.getName()));
        team.set(name.strip(), lead, members);
        return summary(teams.saveAndFlush(team), unitNames());
    }

    /** A team's fields, as the team form shows them and a refusal names them. */
    public enum Field implements InputField {
        UNIT,
        NAME,
        MEMBERS
    }

    private void check(long unitId, String name, String lead, Set<String> members, boolean newName) {
        InputProblems problems = new InputProblems();
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            problems.add(Field.NAME, "teams.error.name");
        } else if (newName && teams.existsByBusinessUnitIdAndName(unitId, name.strip())) {
            problems.add(Field.NAME, "teams.error.name-taken");
        }
        Set<String> ofUnit = organization.users().stream()
                .filter(u -> u.businessUnitNames().contains(unitNames().get(unitId)))
                .map(UserSummary::username)
                .collect(Collectors.toSet());
        if (!unitNames().containsKey(unitId)) {
            problems.add(Field.UNIT, "teams.error.unit");
        }
        if ((lead != null && !ofUnit.contains(lead)) || members.stream().anyMatch(m -> !ofUnit.contains(m))) {
            problems.add(Field.MEMBERS, "teams.error.member");
        }
        problems.refuseIfAny();
    }

    private Map<Long, String> unitNames() {
        return organization.businessUnits().stream()
                .collect(Collectors.toMap(BusinessUnitSummary::id, BusinessUnitSummary::name));
    }

    private static TeamSummary summary(Team team, Map<Long, String> units) {
        return new TeamSummary(
                team.getId(),
                team.getVersion(),
                team.getBusinessUnitId(),
                units.getOrDefault(team.getBusinessUnitId(), ""),
                team.getName(),
                team.getLead(),
                new TreeSet<>(team.getMembers()));
    }
}
