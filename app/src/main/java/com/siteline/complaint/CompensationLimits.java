package com.siteline.complaint;

import com.siteline.base.Actors;
import com.siteline.base.InputField;
import com.siteline.base.InputProblems;
import com.siteline.base.RowVersion;
import com.siteline.complaint.internal.CompensationLimitRepository;
import com.siteline.complaint.internal.CompensationLimitRow;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.Teams;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Up to which amount each level of a unit approves compensation (审批权限): administrators set the limits per unit;
 * until they do, a team lead approves up to 500 yuan, a unit manager up to 5,000 and the company up to 50,000. A user's
 * levels in a unit: the lead of one of its teams, a manager of it, an administrator of it (the company).
 */
@Service
@Transactional(readOnly = true)
public class CompensationLimits {

    /** The largest amount a limit or a compensation may name. */
    public static final BigDecimal MAX = new BigDecimal("99999999.99");

    static final BigDecimal DEFAULT_TEAM_LEAD = new BigDecimal("500.00");
    static final BigDecimal DEFAULT_MANAGER = new BigDecimal("5000.00");
    static final BigDecimal DEFAULT_COMPANY = new BigDecimal("50000.00");

    /** A unit's limits per level (version -1: the defaults, nothing saved yet). */
    public record Limits(
            long businessUnitId, long version, BigDecimal teamLead, BigDecimal manager, BigDecimal company) {

        public BigDecimal of(ApprovalLevel level) {
            return switch (level) {
                case TEAM_LEAD -> teamLead;
                case UNIT_MANAGER -> manager;
                case COMPANY -> company;
            };
        }

        /** The lowest level whose limit covers the amount, or empty when it is above every level's. */
        public Optional<ApprovalLevel> lowestCovering(BigDecimal amount) {
            for (ApprovalLevel level : ApprovalLevel.values()) {
                if (amount.compareTo(of(level)) <= 0) {
                    return Optional.of(level);
                }
            }
            return Optional.empty();
        }
    }

    /** The fields of the limits a refusal names. */
    public enum Field implements InputField {
        TEAM_LEAD,
        MANAGER,
        COMPANY
    }

    private final CompensationLimitRepository limits;
    private final OrganizationService organization;
    private final Teams teams;
    private final Clock clock;

    CompensationLimits(CompensationLimitRepository limits, OrganizationService organization, Teams teams, Clock clock) {
        this.limits = limits;
        this.organization = organization;
        this.teams = teams;
        this.clock = clock;
    }

    public Limits of(long businessUnitId) {
        return limits.findById(businessUnitId)
                .map(r -> new Limits(
                        businessUnitId, r.getVersion(), r.getTeamLeadMax(), r.getManagerMax(), r.getCompanyMax()))
                .orElse(new Limits(businessUnitId, -1, DEFAULT_TEAM_LEAD, DEFAULT_MANAGER, DEFAULT_COMPANY));
    }

    /**
     * An administrator sets a unit's limits: each from 0 to {@link #MAX} in yuan and fen, a higher level's never below
     * a lower one's.
     *
     * @throws com.siteline.base.InvalidInputException naming each field to fix; nothing is stored
     */
    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public Limits save(
            long businessUnitId, long expectedVersion, BigDecimal teamLead, BigDecimal manager, BigDecimal company) {
        InputProblems problems = new InputProblems();
        amount(problems, Field.TEAM_LEAD, teamLead);
        amount(problems, Field.MANAGER, manager);
        amount(problems, Field.COMPANY, company);
        if (problems.isEmpty() && manager.compareTo(teamLead) < 0) {
            problems.add(Field.MANAGER, "compensation.limits.error.order");
        }
        if (problems.isEmpty() && company.compareTo(manager) < 0) {
            problems.add(Field.COMPANY, "compensation.limits.error.order");
        }
        problems.refuseIfAny();
        CompensationLimitRow row =
                limits.findById(businessUnitId).orElseGet(() -> new CompensationLimitRow(businessUnitId));
        if (expectedVersion >= 0 || limits.existsById(businessUnitId)) {
            RowVersion.check(CompensationLimitRow.class, businessUnitId, row.getVersion(), expectedVersion);
        }
        row.set(money(teamLead), money(manager), money(company), Actors.current(), clock.instant());
        CompensationLimitRow saved = limits.saveAndFlush(row);
        return new Limits(
                businessUnitId,
                saved.getVersion(),
                saved.getTeamLeadMax(),
                saved.getManagerMax(),
                saved.getCompanyMax());
    }

    private static void amount(InputProblems problems, Field field, BigDecimal value) {
        if (value == null
                || value.signum() < 0
                || value.compareTo(MAX) > 0
                || value.stripTrailingZeros().scale() > 2) {
            problems.add(field, "compensation.limits.error.amount");
        }
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** The levels a user holds in a unit (none for a user of no level there). */
    public Set<ApprovalLevel> levelsOf(String username, long businessUnitId) {
        Set<ApprovalLevel> levels = EnumSet.noneOf(ApprovalLevel.class);
        if (teams.all().stream().anyMatch(t -> t.businessUnitId() == businessUnitId && username.equals(t.lead()))) {
            levels.add(ApprovalLevel.TEAM_LEAD);
        }
        if (organization.usersWithRole(businessUnitId, Role.MANAGER).contains(username)) {
            levels.add(ApprovalLevel.UNIT_MANAGER);
        }
        if (organization.usersWithRole(businessUnitId, Role.ADMIN).contains(username)) {
            levels.add(ApprovalLevel.COMPANY);
        }
        return levels;
    }

    /** The highest amount a user may approve in a unit, or empty when they hold no level there. */
    public Optional<BigDecimal> authorityOf(String username, long businessUnitId) {
        Limits unit = of(businessUnitId);
        return levelsOf(username, businessUnitId).stream().map(unit::of).max(BigDecimal::compareTo);
    }
}
