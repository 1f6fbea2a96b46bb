package com.siteline.communication;

import com.siteline.base.Actors;
import com.siteline.base.AttachmentFile;
import com.siteline.base.CustomerActor;
import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RecordGrants;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.TextIndex;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.communication.NewLogEntry.Field;
import com.siteline.communication.internal.Communication;
import com.siteline.communication.internal.CommunicationAttachment;
import com.siteline.communication.internal.CommunicationAttachmentRepository;
import com.siteline.communication.internal.CommunicationRepository;
import com.siteline.communication.internal.LogAttachment;
import com.siteline.communication.internal.NewAttachment;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerRenamed;
import com.siteline.customer.CustomerService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.project.AttachmentRejectedException;
import com.siteline.project.AttachmentService;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.search.SearchSync;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communication log (沟通记录): true, exact, complete entries, archived by time and project and
 * scoped to the user's business units. A promised reply (不能当场答复的, 明确告知回复时间) is a task
 * of the entry's author until a later contact gives it.
 */
@Service
@Transactional(readOnly = true)
public class CommunicationService extends UnitScopedGridSource<Communication, LogEntry> {

    /** How far ahead of the clock an entry's time may be (clock skew between devices). */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final CommunicationRepository log;
    private final CommunicationAttachmentRepository files;
    private final CustomerService customers;
    private final ProjectService projects;
    private final OrganizationService organization;
    private final Optional<IssueLinks> issueLinks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JpaGrid<Communication> grid;
    private final EntityManager em;

    private final RecordGrants grants;

    CommunicationService(
            CommunicationRepository log,
            CommunicationAttachmentRepository files,
            CustomerService customers,
            ProjectService projects,
            OrganizationService organization,
            Optional<IssueLinks> issueLinks,
            ApplicationEventPublisher events,
            EntityManager em,
            Clock clock,
            UserZones zones,
            RecordGrants grants,
            TextIndex textIndex) {
        super(em, organization::unitNamesOf);
        this.grants = grants;
        this.em = em;
        this.log = log;
        this.files = files;
        this.customers = customers;
        this.projects = projects;
        this.organization = organization;
        this.issueLinks = issueLinks;
        this.events = events;
        this.clock = clock;
        this.grid = new JpaGrid<>(
                        Communication.class,
                        LogGrid.DEFINITION,
                        zones::zoneOf,
                        (text, user) -> (root, q, cb) -> cb.or(
                                cb.like(root.get("customerName"), "%" + JpaGrid.escape(text) + "%", '\\'),
                                cb.like(root.get("content"), "%" + JpaGrid.escape(text) + "%", '\\')))
                .bind("promise", this::promiseFilter)
                .indexedBy(textIndex, "customerName", "content");
    }

    /** "open": promised and not replied; "overdue": open and past its time; "kept": replied. */
    private Specification<Communication> promiseFilter(ColumnFilter filter, String user) {
        Set<String> values = ((ColumnFilter.Choice) filter).values();
        Instant now = clock.instant();
        return (root, q, cb) -> {
            List<Predicate> any = new ArrayList<>();
            if (values.contains(LogGrid.PROMISE_OPEN)) {
                any.add(cb.and(cb.isNotNull(root.get("promisedReplyAt")), cb.isNull(root.get("repliedAt"))));
            }
            if (values.contains(LogGrid.PROMISE_OVERDUE)) {
                any.add(cb.and(cb.isNull(root.get("repliedAt")), cb.lessThan(root.get("promisedReplyAt"), now)));
            }
            if (values.contains(LogGrid.PROMISE_KEPT)) {
                any.add(cb.and(cb.isNotNull(root.get("promisedReplyAt")), cb.isNotNull(root.get("repliedAt"))));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }

    @Override
    public JpaGrid<Communication> grid() {
        return grid;
    }

    @Override
    protected LogEntry toRow(Communication entity, Map<Long, String> units) {
        return entry(entity, units);
    }

    public LogEntry get(long id) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        return log.findById(id)
                .filter(c -> units.containsKey(c.getBusinessUnitId()))
                .map(c -> entry(c, units))
                .orElseThrow(() -> new NoSuchElementException("no log entry " + id));
    }

    /** Whether anyone spoke with the customer about the issue (a log entry on it), whoever asks. */
    public boolean hasContact(long issueId) {
        return log.existsByIssueId(issueId);
    }

    public List<LogEntry> ofIssue(long issueId) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        return log.findByIssueIdOrderByOccurredAtDesc(issueId).stream()
                .filter(c -> units.containsKey(c.getBusinessUnitId()))
                .map(c -> entry(c, units))
                .toList();
    }

    public List<LogEntry> ofCustomer(long customerId) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        return log.findByCustomerIdOrderByOccurredAtDesc(customerId).stream()
                .filter(c -> units.containsKey(c.getBusinessUnitId()))
                .map(c -> entry(c, units))
                .toList();
    }

    /**
     * The named entries of a customer's log that are theirs (others left out), newest first: for the customer portal,
     * which has proved who the customer is and shows only what staff shared; only that customer may ask.
     */
    @PreAuthorize(CustomerActor.SELF)
    public List<LogEntry> entriesOfCustomer(long customerId, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return log.findAllById(ids).stream()
                .filter(c -> c.getCustomerId() == customerId)
                .sorted(java.util.Comparator.comparing(Communication::getOccurredAt)
                        .reversed())
                .map(c -> entry(c, organization.unitNameOf(c.getBusinessUnitId())))
                .toList();
    }

    /** A project's log entries (of the user's units), newest first. */
    public List<LogEntry> ofProject(long customerId, long projectId) {
        return ofCustomer(customerId).stream()
                .filter(e -> Long.valueOf(projectId).equals(e.projectId()))
                .toList();
    }

    /**
     * A project's log entries as the unit scope shows them to the actor (a user: their units' and what their grants
     * open; the system: every unit), oldest first: what a communication plan's task may be held by.
     */
    public List<LogEntry> ofProjectInScope(long projectId) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return log.findByProjectIdOrderByOccurredAtAscIdAsc(projectId).stream()
                .map(c -> entry(c, units))
                .toList();
    }

    /** A customer's log of another unit, read-only under the signed-in user's running access grant; else nothing. */
    public List<LogEntry> ofCustomerGranted(long customerId) {
        if (!grants.reads(RecordGrants.Kind.CUSTOMER, customerId)) {
            return List.of();
        }
        return log.findByCustomerIdOrderByOccurredAtDesc(customerId).stream()
                .map(c -> entry(c, organization.unitNameOf(c.getBusinessUnitId())))
                .toList();
    }

    /** The user's promised replies not given yet, soonest first: their task queue. */
    public List<LogEntry> openPromisesOf() {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        return log
                .findTop50ByAuthorAndBusinessUnitIdInAndRepliedAtIsNullAndPromisedReplyAtNotNullOrderByPromisedReplyAtAsc(
                        username, units.keySet())
                .stream()
                .map(c -> entry(c, units))
                .toList();
    }

    /** Promised replies now due whose author was not told yet, oldest first. */
    public List<Long> duePromises(Instant now, int limit) {
        return log.duePromises(now, org.springframework.data.domain.PageRequest.of(0, limit));
    }

    /**
     * Claims a due promise for its alert: returns the entry once, and empty when it was replied to or
     * claimed by another node in between.
     */
    @Transactional
    public Optional<LogEntry> claimPromiseAlert(long id, Instant now) {
        return log.findById(id)
                .filter(c ->
                        c.getPromiseAlertAt() != null && !c.getPromiseAlertAt().isAfter(now))
                .map(c -> {
                    c.promiseAlerted();
                    log.saveAndFlush(c);
                    return entry(c, Map.of());
                });
    }

    /** The earliest reply still owed on an issue, if any. */
    public Optional<Instant> earliestOpenPromise(long issueId) {
        return log.earliestOpenPromise(issueId);
    }

    /**
     * Logs a contact. Checks that the customer, project and issue are the user's and belong
     * together, that the time is not in the future and a promised reply lies after it.
     *
     * @throws InvalidInputException naming every field that needs another look; nothing is stored
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public LogEntry record(NewLogEntry entry) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        Instant now = clock.instant();
        problemsOf(entry, now).refuseIfAny();
        CustomerDetails customer = customers.get(entry.customerId());
        Set<Long> issuesTouched = new LinkedHashSet<>();
        if (entry.answersOpenPromises()) {
            List<Communication> open = entry.issueId() != null
                    ? log.findByIssueIdAndPromisedReplyAtNotNullAndRepliedAtIsNull(entry.issueId())
                    : log.findByCustomerIdAndIssueIdIsNullAndPromisedReplyAtNotNullAndRepliedAtIsNull(
                            entry.customerId());
            for (Communication promise : open) {
                promise.replied(entry.occurredAt());
                if (promise.getIssueId() != null) {
                    issuesTouched.add(promise.getIssueId());
                }
            }
        }
        Communication saved = log.saveAndFlush(new Communication(
                customer.businessUnitId(),
                customer.id(),
                customer.name(),
                entry.projectId(),
                entry.issueId(),
                entry.occurredAt(),
                trim(entry.place()),
                entry.channel(),
                trim(entry.participants()),
                entry.content().strip(),
                trim(entry.outcome()),
                entry.promisedReplyAt(),
                username,
                now));
        for (NewAttachment file : entry.attachments()) {
            files.save(new CommunicationAttachment(
                    saved.getId(),
                    AttachmentService.safeName(file.fileName()),
                    AttachmentService.checked(file.contentType(), file.content()),
                    file.content(),
                    username,
                    now));
        }
        events.publishEvent(new LogEntryRecorded(
                saved.getId(),
                customer.businessUnitId(),
                customer.id(),
                entry.projectId(),
                entry.channel(),
                entry.occurredAt()));
        if (entry.issueId() != null) {
            issuesTouched.add(entry.issueId());
            events.publishEvent(new ContactLogged(entry.issueId(), entry.occurredAt()));
        }
        issuesTouched.forEach(id -> events.publishEvent(new PromisesChanged(id)));
        return entry(saved, units);
    }

    /**
     * A customer's own message that came in on a channel (an SMS back, a mail reply): logged for them by the system, so
     * it shows on their page and in the log like any contact.
     */
    @Transactional
    public LogEntry recordFromCustomer(
            long customerId,
            Long projectId,
            Long issueId,
            Instant at,
            Channel channel,
            String address,
            String text,
            List<NewAttachment> attachments) {
        CustomerDetails customer = customers.contactOf(customerId);
        if (customer == null) {
            throw new java.util.NoSuchElementException("no customer " + customerId);
        }
        String content = text.isBlank() ? "—" : text.strip();
        Communication saved = log.saveAndFlush(new Communication(
                customer.businessUnitId(),
                customer.id(),
                customer.name(),
                projectId,
                issueId,
                at,
                trim(address),
                channel,
                customer.name(),
                content.length() <= 4000 ? content : content.substring(0, 4000),
                null,
                null,
                Actors.current(),
                clock.instant()));
        for (NewAttachment file : attachments) {
            try {
                files.save(new CommunicationAttachment(
                        saved.getId(),
                        AttachmentService.safeName(file.fileName()),
                        AttachmentService.checked(file.contentType(), file.content()),
                        file.content(),
                        Actors.current(),
                        clock.instant()));
            } catch (com.siteline.project.AttachmentRejectedException refused) {
                // a file Siteline does not keep (a type it refuses, too large): the text is kept all the same
                org.slf4j.LoggerFactory.getLogger(CommunicationService.class)
                        .info(
                                "A file {} of customer {} not kept: {}",
                                file.fileName(),
                                customerId,
                                refused.getMessage());
            }
        }
        events.publishEvent(
                new LogEntryRecorded(saved.getId(), customer.businessUnitId(), customer.id(), projectId, channel, at));
        return entry(saved, organization.unitNameOf(customer.businessUnitId()));
    }

    /**
     * What is wrong with an entry, each on its field: the customer, project and issue must be the user's and belong
     * together, the time not in the future, a promised reply after it, the files ones Siteline keeps.
     */
    private InputProblems problemsOf(NewLogEntry entry, Instant now) {
        InputProblems problems = new InputProblems();
        if (!customers.visible(entry.customerId())) {
            problems.add(Field.CUSTOMER_ID, "log.error.customer");
        }
        if (entry.projectId() != null) {
            Optional<ProjectSummary> project = projects.visible(entry.projectId())
                    ? Optional.of(projects.get(entry.projectId()))
                    : Optional.empty();
            if (project.isEmpty()
                    || (project.get().customerId() != null && project.get().customerId() != entry.customerId())) {
                problems.add(Field.PROJECT_ID, "log.error.project");
            }
        }
        if (entry.issueId() != null
                && issueLinks
                        .map(l -> !l.belongsTo(entry.issueId(), entry.customerId()))
                        .orElse(true)) {
            problems.add(Field.ISSUE_ID, "log.error.issue");
        }
        if (entry.occurredAt() == null || entry.occurredAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
            problems.add(Field.OCCURRED_AT, "log.error.when");
        }
        if (entry.channel() == null) {
            problems.add(Field.CHANNEL, "log.error.channel");
        }
        if (entry.content() == null || entry.content().isBlank()) {
            problems.add(Field.CONTENT, "log.error.content");
        } else if (entry.content().strip().length() > 4000) {
            problems.add(Field.CONTENT, "log.error.content-length");
        }
        if (com.siteline.knowledge.StandardReplies.unfilled(entry.content())) {
            // a standard reply's placeholder the record had no value for: said, never stored as written
            problems.add(Field.CONTENT, "log.error.unfilled");
        }
        problems.maxLength(Field.PLACE, entry.place(), 200, "log.error.place-length")
                .maxLength(Field.PARTICIPANTS, entry.participants(), 300, "log.error.participants-length")
                .maxLength(Field.OUTCOME, entry.outcome(), 1000, "log.error.outcome-length");
        if (entry.promisedReplyAt() != null
                && entry.occurredAt() != null
                && !entry.promisedReplyAt().isAfter(entry.occurredAt())) {
            problems.add(Field.PROMISED_REPLY_AT, "log.error.promise");
        }
        for (NewAttachment file : entry.attachments()) {
            try {
                AttachmentService.checked(file.contentType(), file.content());
            } catch (AttachmentRejectedException e) {
                problems.add(Field.ATTACHMENTS, e.messageKey());
            }
        }
        return problems;
    }

    /** The files of the user's log entries among the ids, by entry. */
    public Map<Long, List<LogAttachment>> attachmentsOf(java.util.Collection<Long> entryIds) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        Set<Long> visible = new java.util.HashSet<>();
        log.findAllById(entryIds).forEach(c -> {
            if (units.containsKey(c.getBusinessUnitId())) {
                visible.add(c.getId());
            }
        });
        Map<Long, List<LogAttachment>> byEntry = new java.util.HashMap<>();
        if (!visible.isEmpty()) {
            files.listOf(visible)
                    .forEach(a -> byEntry.computeIfAbsent(a.entryId(), k -> new ArrayList<>())
                            .add(a));
        }
        return byEntry;
    }

    /** A file of a log entry the user may see. */
    public Optional<AttachmentFile> download(long attachmentId) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        return files.findById(attachmentId)
                .filter(a -> log.findById(a.getCommunicationId())
                        .map(c -> units.containsKey(c.getBusinessUnitId()))
                        .orElse(false))
                .map(a -> new AttachmentFile(a.getFileName(), a.getContentType(), a.getData()));
    }

    /**
     * Files an entry that was about no issue under the issue raised from it (a repair request made from the call),
     * so the issue's history shows the call it came from. The entry's time and words stay as they were.
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public LogEntry raisedFrom(long entryId, long issueId) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        Communication entry = log.findById(entryId)
                .filter(c -> units.containsKey(c.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no log entry " + entryId));
        if (entry.getIssueId() != null
                || issueLinks
                        .map(l -> !l.belongsTo(issueId, entry.getCustomerId()))
                        .orElse(true)) {
            throw new InvalidInputException(List.of("log.error.issue"));
        }
        entry.about(issueId);
        return entry(log.saveAndFlush(entry), units);
    }

    /** Marks a promised reply as given now. */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public LogEntry markReplied(long id) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        Communication entry = log.findById(id)
                .filter(c -> units.containsKey(c.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no log entry " + id));
        if (entry.getPromisedReplyAt() == null || entry.getRepliedAt() != null) {
            throw new InvalidInputException(List.of("log.error.no-open-promise"));
        }
        entry.replied(clock.instant());
        Communication saved = log.saveAndFlush(entry);
        if (saved.getIssueId() != null) {
            events.publishEvent(new PromisesChanged(saved.getIssueId()));
        }
        return entry(saved, units);
    }

    @EventListener
    @Transactional
    void on(CustomerRenamed renamed) {
        log.rename(renamed.customerId(), renamed.name());
        // the bulk update bypasses the index's change tracking: the renamed entries are indexed with it
        SearchSync.changed(em, log.findByCustomerIdOrderByOccurredAtDesc(renamed.customerId()));
    }

    private static LogEntry entry(Communication c, Map<Long, String> units) {
        return new LogEntry(
                c.getId(),
                c.getVersion(),
                c.getBusinessUnitId(),
                units.get(c.getBusinessUnitId()),
                c.getCustomerId(),
                c.getCustomerName(),
                c.getProjectId(),
                c.getIssueId(),
                c.getOccurredAt(),
                c.getPlace(),
                c.getChannel(),
                c.getParticipants(),
                c.getContent(),
                c.getOutcome(),
                c.getPromisedReplyAt(),
                c.getRepliedAt(),
                c.getAuthor());
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
