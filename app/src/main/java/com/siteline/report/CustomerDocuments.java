package com.siteline.report;

import com.siteline.base.CustomerActor;
import com.siteline.report.internal.DocumentTexts;
import com.siteline.report.internal.PeriodicDocumentRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The periodic documents a customer's unit published (公布: the complaint summary, the service report, the work brief),
 * for the customer portal, in their owners' version (no other customer named, no staff score). Each method names the
 * customer and only that customer may call it ({@link CustomerActor#SELF}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(CustomerActor.SELF)
public class CustomerDocuments {

    /** How many of the latest published documents the portal lists. */
    public static final int LATEST = 12;

    /** A published document as the portal lists it. */
    public record Published(long id, DocumentKind kind, LocalDate first, LocalDate last, Instant publishedAt) {}

    private final PeriodicDocumentRepository documents;
    private final PeriodicDocuments periodic;
    private final DocumentTexts texts;

    CustomerDocuments(PeriodicDocumentRepository documents, PeriodicDocuments periodic, DocumentTexts texts) {
        this.documents = documents;
        this.periodic = periodic;
        this.texts = texts;
    }

    /** The latest documents the customer's unit published, the latest first. */
    public List<Published> of(long customerId) {
        long unit = CustomerActor.current().orElseThrow().businessUnitId();
        return documents.findByBusinessUnitIdAndStatusOrderByPublishedAtDesc(unit, DocumentStatus.PUBLISHED).stream()
                .limit(LATEST)
                .map(row -> new Published(
                        row.getId(), row.getKind(), row.getPeriodFirst(), row.getPeriodLast(), row.getPublishedAt()))
                .toList();
    }

    /** One of them as the owners' PDF in a language; empty for a document not published by the customer's unit. */
    public Optional<byte[]> pdf(long customerId, long documentId, Locale locale) {
        long unit = CustomerActor.current().orElseThrow().businessUnitId();
        return documents
                .findById(documentId)
                .filter(row -> row.getBusinessUnitId() == unit && row.getStatus() == DocumentStatus.PUBLISHED)
                .map(row -> texts.forOwners(periodic.summaryOf(row), locale).pdf());
    }
}
