package com.siteline.portal;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.issue.CustomerIssues;
import com.siteline.portal.internal.ConfirmationContent;
import com.siteline.portal.internal.ConfirmationRepository;
import com.siteline.portal.internal.ConfirmationRow;
import com.siteline.project.CustomerProjects;
import com.siteline.project.ProjectSummary;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer's written confirmations in the portal (node inspections and acceptances, change orders): seen exactly
 * as frozen, signed with the typed full name and a fresh code, or rejected with a reason; decided ones as a PDF.
 * Another customer's confirmation is "not found" and the attempt recorded.
 */
@Service
public class CustomerConfirmations {

    public static final int NAME_MAX = 120;
    public static final int REASON_MAX = 2000;

    private final PortalAccess access;
    private final PortalReads reads;
    private final CustomerProjects projects;
    private final CustomerIssues issues;
    private final ConfirmationRepository confirmations;
    private final Confirmations codec;
    private final ConfirmationPdf pdf;
    private final Clock clock;
    private final TransactionTemplate tx;

    CustomerConfirmations(
            PortalAccess access,
            PortalReads reads,
            CustomerProjects projects,
            CustomerIssues issues,
            ConfirmationRepository confirmations,
            Confirmations codec,
            ConfirmationPdf pdf,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.access = access;
        this.reads = reads;
        this.projects = projects;
        this.issues = issues;
        this.confirmations = confirmations;
        this.codec = codec;
        this.pdf = pdf;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A confirmation sent to the customer (viewing a decided one is recorded); empty for any other. */
    public Optional<Confirmation> confirmation(PortalSession session, long confirmationId, Client client) {
        Optional<Confirmation> shown = read(
                session,
                () -> ownConfirmation(session, confirmationId)
                        .map(row -> codec.of(
                                row,
                                projects.find(session.customerId(), row.getProjectId())
                                        .map(ProjectSummary::name)
                                        .orElse(""))));
        if (shown.isEmpty()) {
            denied(session, "confirmation " + confirmationId, client);
        } else {
            access.record(
                    session,
                    shown.get().pending() ? "CONFIRMATION_VIEWED" : "SIGNED_VIEWED",
                    shown.get().title(),
                    client);
        }
        return shown;
    }

    /** Sends a fresh code to sign one pending confirmation. */
    public void sendSigningCode(PortalSession session, long confirmationId, Client client) {
        pending(session, confirmationId, client);
        access.sendSigningCode(session, confirmationId, client);
    }

    /**
     * Signs a confirmation: the typed full name and a fresh code; the content shown must be the content stored
     * (its hash). A signed inspection opens its stage's gate; a signed change order changes the contract value and
     * the planned end. The record is final.
     *
     * @throws InvalidInputException when the name is missing or too long (nothing used up)
     * @throws RefusedException      when the code is wrong, the content changed, or it is no longer pending
     */
    public Confirmation sign(
            PortalSession session, long confirmationId, String shownHash, String fullName, String code, Client client) {
        if (fullName == null || fullName.isBlank()) {
            throw new InvalidInputException(List.of("portal.error.signer"));
        }
        if (fullName.strip().length() > NAME_MAX) {
            throw new InvalidInputException(List.of("portal.error.signer-length"));
        }
        ConfirmationRow seen = pending(session, confirmationId, client);
        if (!seen.getContentHash().equals(shownHash) || !Confirmations.intact(seen)) {
            throw new RefusedException("portal.refused.changed");
        }
        // the code is checked (and its tries counted) in its own transaction, before anything is signed
        access.verifySigningCode(session, confirmationId, code, client);
        Confirmation signed = tx.execute(status -> {
            ConfirmationRow row = confirmations.findById(confirmationId).orElseThrow();
            if (row.getState() != ConfirmationRow.State.PENDING || row.getVersion() != seen.getVersion()) {
                throw new RefusedException("portal.refused.decided");
            }
            PortalReads.as(session, () -> {
                if (row.getKind() == ConfirmationRow.Kind.INSPECTION) {
                    projects.signOff(session.customerId(), row.getProjectId(), row.getStageId(), fullName);
                } else {
                    projects.applyChange(
                            session.customerId(), row.getProjectId(), row.getPriceDelta(), row.getDaysDelta());
                }
            });
            row.decide(
                    ConfirmationRow.State.CONFIRMED,
                    clock.instant(),
                    fullName.strip(),
                    null,
                    client.ip(),
                    client.userAgent(),
                    null);
            access.record(session, "SIGNED", row.getTitle(), client);
            return codec.of(confirmations.saveAndFlush(row), "");
        });
        return signed;
    }

    /**
     * Rejects a confirmation with a reason. A rejected inspection keeps its gate closed and raises a rectification
     * (整改) for the project's manager with its deadline from the response-time rules; a rejected change order changes
     * nothing.
     *
     * @throws InvalidInputException when the reason is missing or too long
     */
    public Confirmation reject(PortalSession session, long confirmationId, String reason, Client client) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(List.of("portal.error.reason"));
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new InvalidInputException(List.of("portal.error.reason-length"));
        }
        ConfirmationRow seen = pending(session, confirmationId, client);
        return tx.execute(status -> {
            ConfirmationRow row = confirmations.findById(confirmationId).orElseThrow();
            if (row.getState() != ConfirmationRow.State.PENDING || row.getVersion() != seen.getVersion()) {
                throw new RefusedException("portal.refused.decided");
            }
            Long issue = null;
            if (row.getKind() == ConfirmationRow.Kind.INSPECTION) {
                ConfirmationContent content = codec.of(row, "").content();
                issue = PortalReads.as(session, () -> {
                    ProjectSummary project = projects.find(session.customerId(), row.getProjectId())
                            .orElseThrow();
                    String title = access.i18n(
                            Locale.SIMPLIFIED_CHINESE, "portal.rectification.title", content.stageZh(), project.name());
                    return issues.raiseRectification(
                            session.customerId(),
                            row.getProjectId(),
                            title,
                            reason.strip(),
                            project.team().projectManager());
                });
            }
            row.decide(
                    ConfirmationRow.State.REJECTED,
                    clock.instant(),
                    null,
                    reason.strip(),
                    client.ip(),
                    client.userAgent(),
                    issue);
            access.record(session, "REJECTED", row.getTitle(), client);
            return codec.of(confirmations.saveAndFlush(row), "");
        });
    }

    /** A signed or rejected confirmation as a PDF: what was shown, and who decided when, from where, with its hash. */
    public Optional<byte[]> pdf(PortalSession session, long confirmationId, Locale locale, Client client) {
        Optional<Confirmation> shown = read(
                session,
                () -> ownConfirmation(session, confirmationId)
                        .filter(r -> r.getState() == ConfirmationRow.State.CONFIRMED
                                || r.getState() == ConfirmationRow.State.REJECTED)
                        .map(r -> codec.of(
                                r,
                                projects.find(session.customerId(), r.getProjectId())
                                        .map(ProjectSummary::name)
                                        .orElse(""))));
        if (shown.isEmpty()) {
            denied(session, "pdf " + confirmationId, client);
            return Optional.empty();
        }
        access.record(session, "PDF", shown.get().title(), client);
        return Optional.of(pdf.of(shown.get(), locale));
    }

    private ConfirmationRow pending(PortalSession session, long confirmationId, Client client) {
        Optional<ConfirmationRow> row = read(session, () -> ownConfirmation(session, confirmationId));
        if (row.isEmpty()) {
            denied(session, "confirmation " + confirmationId, client);
            throw new java.util.NoSuchElementException("no confirmation " + confirmationId);
        }
        if (row.get().getState() != ConfirmationRow.State.PENDING) {
            throw new RefusedException("portal.refused.decided");
        }
        return row.get();
    }

    private Optional<ConfirmationRow> ownConfirmation(PortalSession session, long confirmationId) {
        return confirmations
                .findById(confirmationId)
                .filter(r -> r.getCustomerId() == session.customerId())
                .filter(r ->
                        r.getState() != ConfirmationRow.State.DRAFT && r.getState() != ConfirmationRow.State.WITHDRAWN);
    }

    private void denied(PortalSession session, String what, Client client) {
        reads.denied(session, what, client);
    }

    private <T> T read(PortalSession session, java.util.function.Supplier<T> work) {
        return reads.read(session, work);
    }
}
