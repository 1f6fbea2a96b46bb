package com.siteline.access;

import com.siteline.access.internal.AccessRequest;
import com.siteline.access.internal.AccessRequestRepository;
import com.siteline.base.Actors;
import com.siteline.base.InputField;
import com.siteline.base.InputProblems;
import com.siteline.base.Message;
import com.siteline.base.RecordGrants;
import com.siteline.base.RecordOwner;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSource;
import com.siteline.base.grid.JpaGrid;
import com.siteline.customer.CustomerService;
import com.siteline.notification.Notice;
import com.siteline.notification.NotificationService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.project.ProjectService;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing, deciding and revoking access requests, and the grid of them: a requester sees their own, a manager
 * also those of their units (to decide), an administrator all. Nobody decides their own request; only the
 * owning unit's managers (or an administrator) decide; a decided request is not decided again.
 */
@Service
@Transactional(readOnly = true)
public class AccessRequests implements GridSource<AccessRequestSummary> {

    /** The longest period one request may ask for. */
    public static final int MAX_DAYS = 90;

    private final AccessRequestRepository requests;
    private final OrganizationService organization;
    private final CustomerService customers;
    private final ProjectService projects;
    private final NotificationService notifications;
    private final UserZones zones;
    private final Clock clock;
    private final EntityManager em;
    private final JpaGrid<AccessRequest> grid;

    AccessRequests(
            AccessRequestRepository requests,
            OrganizationService organization,
            CustomerService customers,
            ProjectService projects,
            NotificationService notifications,
            UserZones zones,
            Clock clock,
            EntityManager em) {
        this.requests = requests;
        this.organization = organization;
        this.customers = customers;
        this.projects = projects;
        this.notifications = notifications;
        this.zones = zones;
        this.clock = clock;
        this.em = em;
        this.grid = new JpaGrid<>(
                        AccessRequest.class,
                        AccessGrid.DEFINITION,
                        zones::zoneOf,
                        (text, user) ->
                                (root, q, cb) -> cb.like(root.get("reason"), "%" + JpaGrid.escape(text) + "%", '\\'))
                .bind("whose", (filter, user) -> (root, q, cb) -> {
                    Set<String> values = ((ColumnFilter.Choice) filter).values();
                    List<jakarta.persistence.criteria.Predicate> any = new ArrayList<>();
                    if (values.contains(AccessGrid.MINE)) {
                        any.add(cb.equal(root.get("requester"), user));
                    }
                    if (values.contains(AccessGrid.TO_DECIDE)) {
                        any.add(cb.and(
                                cb.equal(root.get("status"), AccessStatus.PENDING),
                                cb.notEqual(root.get("requester"), user),
                                root.get("owningUnitId").in(decidableUnits(user))));
                    }
                    return any.isEmpty()
                            ? cb.conjunction()
                            : cb.or(any.toArray(jakarta.persistence.criteria.Predicate[]::new));
                });
    }

    @Override
    public GridDefinition definition() {
        return grid.definition();
    }

    @Override
    public List<AccessRequestSummary> page(GridQuery query, int offset, int limit) {
        String username = Actors.current();
        Map<String, String> names = organization.displayNames();
        Map<Long, String> units = unitNames();
        return grid.page(em, where(query, username), query, offset, limit).stream()
                .map(r -> summary(r, username, names, units))
                .toList();
    }

    @Override
    public long count(GridQuery query) {
        return grid.count(em, where(query, Actors.current()));
    }

    /** One request, for its requester, the managers who decide it and administrators; "not found" for anyone else. */
    public AccessRequestSummary get(long id) {
        String username = Actors.current();
        AccessRequest request = requests.findById(id)
                .filter(r -> mayRead(r, username))
                .orElseThrow(() -> new NoSuchElementException("no access request " + id));
        return summary(request, username);
    }

    /** The fields of a request and of its decision, as their forms show them and a refusal names them. */
    public enum Field implements InputField {
        KIND,
        REASON,
        PERIOD,
        NOTE
    }

    /** Files a request to read a record of another unit for the given days (in the requester's zone). */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public AccessRequestSummary file(
            RecordGrants.Kind kind, long recordId, String reason, LocalDate firstDay, LocalDate lastDay) {
        String username = Actors.current();
        ZoneId zone = zones.zoneOf(username);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        InputProblems problems = new InputProblems();
        if (kind == null) {
            problems.add(Field.KIND, "access.error.kind");
        }
        if (reason == null || reason.isBlank()) {
            problems.add(Field.REASON, "access.error.reason");
        }
        problems.maxLength(Field.REASON, reason, 500, "access.error.reason-length");
        if (firstDay == null || lastDay == null) {
            problems.add(Field.PERIOD, "access.error.period");
        } else if (lastDay.isBefore(firstDay)) {
            problems.add(Field.PERIOD, "access.error.period-order");
        } else if (firstDay.isBefore(today)) {
            problems.add(Field.PERIOD, "access.error.period-past");
        } else if (ChronoUnit.DAYS.between(firstDay, lastDay) >= MAX_DAYS) {
            problems.add(Field.PERIOD, "access.error.period-length");
        }
        problems.refuseIfAny();
        RecordOwner owner = owner(kind, recordId)
                .orElseThrow(() -> new RefusedException("access.error.record", Message.value(recordId)));
        if (organization.unitNamesOf(username).containsKey(owner.businessUnitId())) {
            throw new RefusedException("access.error.own-unit");
        }
        if (requests
                .findByRequesterAndRecordKindAndRecordIdAndStatusIn(
                        username, kind, recordId, List.of(AccessStatus.PENDING, AccessStatus.APPROVED))
                .stream()
                .anyMatch(r ->
                        r.getStatus() == AccessStatus.PENDING || r.getEndsAt().isAfter(clock.instant()))) {
            throw new RefusedException("access.error.duplicate");
        }
        Instant starts = firstDay.atStartOfDay(zone).toInstant();
        Instant ends = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        AccessRequest saved = requests.saveAndFlush(new AccessRequest(
                username,
                kind,
                recordId,
                owner.label(),
                owner.businessUnitId(),
                reason.strip(),
                firstDay,
                lastDay,
                starts,
                ends,
                clock.instant()));
        String name = organization.displayNames().getOrDefault(username, username);
        for (String manager : organization.usersWithRole(owner.businessUnitId(), Role.MANAGER)) {
            if (!manager.equals(username)) {
                notifications.send(new Notice(
                        manager,
                        null,
                        "ACCESS_REQUESTED",
                        "access-" + saved.getId() + "-" + manager,
                        List.of(Message.value(name), Message.key(kind.messageKey()), Message.value(recordId))));
            }
        }
        return summary(saved, username);
    }

    /** The owning unit's manager (or an administrator) approves or rejects a pending request of someone else. */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public AccessRequestSummary decide(long id, long expectedVersion, boolean approve, String note) {
        String username = Actors.current();
        AccessRequest request = requests.findById(id)
                .filter(r -> mayRead(r, username))
                .orElseThrow(() -> new NoSuchElementException("no access request " + id));
        RowVersion.check(AccessRequest.class, id, request.getVersion(), expectedVersion);
        if (request.getRequester().equals(username)) {
            throw new RefusedException("access.refused.own");
        }
        if (!mayDecide(request, username)) {
            throw new RefusedException("access.refused.not-approver");
        }
        if (request.getStatus() != AccessStatus.PENDING) {
            throw new RefusedException(
                    "access.refused.decided",
                    Message.key("access.status." + request.getStatus().name()));
        }
        InputProblems problems = new InputProblems();
        if (!approve && (note == null || note.isBlank())) {
            problems.add(Field.NOTE, "access.error.note");
        }
        problems.maxLength(Field.NOTE, note, 500, "access.error.note-length").refuseIfAny();
        request.decide(
                approve ? AccessStatus.APPROVED : AccessStatus.REJECTED,
                username,
                clock.instant(),
                note == null || note.isBlank() ? null : note.strip());
        AccessRequest saved = requests.saveAndFlush(request);
        notifications.send(new Notice(
                saved.getRequester(),
                null,
                approve ? "ACCESS_APPROVED" : "ACCESS_REJECTED",
                "access-" + saved.getId() + "-decided",
                List.of(
                        Message.key(saved.getRecordKind().messageKey()),
                        Message.value(saved.getRecordId()),
                        Message.value(organization.displayNames().getOrDefault(username, username)))));
        return summary(saved, username);
    }

    /**
     * Ends a request before its time: the requester withdraws theirs; an approver revokes a grant (effective on
     * the next read).
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public AccessRequestSummary revoke(long id, long expectedVersion) {
        String username = Actors.current();
        AccessRequest request = requests.findById(id)
                .filter(r -> mayRead(r, username))
                .orElseThrow(() -> new NoSuchElementException("no access request " + id));
        RowVersion.check(AccessRequest.class, id, request.getVersion(), expectedVersion);
        if (request.getStatus() != AccessStatus.PENDING && request.getStatus() != AccessStatus.APPROVED) {
            throw new RefusedException(
                    "access.refused.decided",
                    Message.key("access.status." + request.getStatus().name()));
        }
        boolean own = request.getRequester().equals(username);
        if (!own && !mayDecide(request, username)) {
            throw new RefusedException("access.refused.not-approver");
        }
        request.decide(
                own ? AccessStatus.WITHDRAWN : AccessStatus.REVOKED,
                username,
                clock.instant(),
                request.getDecisionNote());
        AccessRequest saved = requests.saveAndFlush(request);
        if (!own) {
            notifications.send(new Notice(
                    saved.getRequester(),
                    null,
                    "ACCESS_REVOKED",
                    "access-" + saved.getId() + "-revoked",
                    List.of(Message.key(saved.getRecordKind().messageKey()), Message.value(saved.getRecordId()))));
        }
        return summary(saved, username);
    }

    private Optional<RecordOwner> owner(RecordGrants.Kind kind, long recordId) {
        return kind == RecordGrants.Kind.CUSTOMER ? customers.owner(recordId) : projects.owner(recordId);
    }

    private Specification<AccessRequest> where(GridQuery query, String username) {
        return grid.where(
                (root, q, cb) -> {
                    if (isAdmin()) {
                        return cb.conjunction();
                    }
                    Set<Long> units = decidableUnits(username);
                    return units.isEmpty()
                            ? cb.equal(root.get("requester"), username)
                            : cb.or(
                                    cb.equal(root.get("requester"), username),
                                    root.get("owningUnitId").in(units));
                },
                query,
                username);
    }

    /** The units whose requests the user decides: a manager's own units (an administrator's: all). */
    private Set<Long> decidableUnits(String username) {
        if (isAdmin()) {
            return organization.businessUnits().stream().map(u -> u.id()).collect(java.util.stream.Collectors.toSet());
        }
        return hasRole(Role.MANAGER) ? organization.unitNamesOf(username).keySet() : Set.of(-1L);
    }

    private boolean mayRead(AccessRequest request, String username) {
        return request.getRequester().equals(username)
                || isAdmin()
                || (hasRole(Role.MANAGER) && organization.unitNamesOf(username).containsKey(request.getOwningUnitId()));
    }

    private boolean mayDecide(AccessRequest request, String username) {
        return !request.getRequester().equals(username)
                && (isAdmin()
                        || (hasRole(Role.MANAGER)
                                && organization.unitNamesOf(username).containsKey(request.getOwningUnitId())));
    }

    private static boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    private static boolean hasRole(Role role) {
        var authentication = Actors.authentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> ("ROLE_" + role.name()).equals(a.getAuthority()));
    }

    private AccessRequestSummary summary(AccessRequest r, String username) {
        return summary(r, username, organization.displayNames(), unitNames());
    }

    private Map<Long, String> unitNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        organization.businessUnits().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    /** A request as the user sees it; the names of people and units are read once per page. */
    private AccessRequestSummary summary(
            AccessRequest r, String username, Map<String, String> names, Map<Long, String> units) {
        String unitName = units.getOrDefault(r.getOwningUnitId(), "");
        boolean approver = mayDecide(r, username);
        boolean requester = r.getRequester().equals(username);
        // the requester learns the record's name only once they may read it
        String label = approver || r.getStatus() == AccessStatus.APPROVED ? r.getRecordLabel() : null;
        boolean open = r.getStatus() == AccessStatus.PENDING || r.getStatus() == AccessStatus.APPROVED;
        return new AccessRequestSummary(
                r.getId(),
                r.getVersion(),
                r.getRequester(),
                names.getOrDefault(r.getRequester(), r.getRequester()),
                r.getRecordKind(),
                r.getRecordId(),
                label,
                r.getOwningUnitId(),
                unitName,
                r.getReason(),
                r.getFirstDay(),
                r.getLastDay(),
                r.getEndsAt(),
                r.getStatus(),
                r.getDecidedBy(),
                r.getDecidedAt(),
                r.getDecisionNote(),
                r.getCreatedAt(),
                r.runningAt(clock.instant()),
                approver && r.getStatus() == AccessStatus.PENDING,
                open && (requester || approver));
    }
}
