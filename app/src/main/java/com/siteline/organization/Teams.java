package com.siteline.organization;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RowVersion;
import com.siteline.organization.internal.Team;
import com.siteline.organization.internal.TeamRepository;
import java.time.Clock;
import java.util.ArrayList;
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

    private void check(long unitId, String name, String lead, Set<String> members, boolean newName) {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            problems.add("teams.error.name");
        } else if (newName && teams.existsByBusinessUnitIdAndName(unitId, name.strip())) {
            problems.add("teams.error.name-taken");
        }
        Set<String> ofUnit = organization.users().stream()
                .filter(u -> u.businessUnitNames().contains(unitNames().get(unitId)))
                .map(UserSummary::username)
                .collect(Collectors.toSet());
        if (!unitNames().containsKey(unitId)) {
            problems.add("teams.error.unit");
        }
        if ((lead != null && !ofUnit.contains(lead)) || members.stream().anyMatch(m -> !ofUnit.contains(m))) {
            problems.add("teams.error.member");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
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
