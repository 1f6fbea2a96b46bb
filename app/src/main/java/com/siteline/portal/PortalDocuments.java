package com.siteline.portal;

import com.siteline.base.AttachmentFile;
import com.siteline.report.CustomerDocuments;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What the customer's unit published (公布), on the portal: the latest periodic documents and each one's PDF in the
 * owners' version. A document of another unit is not found (and the attempt recorded).
 */
@Service
public class PortalDocuments {

    private final CustomerDocuments documents;
    private final PortalReads reads;

    PortalDocuments(CustomerDocuments documents, PortalReads reads) {
        this.documents = documents;
        this.reads = reads;
    }

    public List<CustomerDocuments.Published> list(PortalSession session) {
        return reads.read(session, () -> documents.of(session.customerId()));
    }

    /** The PDF of one of them, named after its kind and period. */
    public Optional<AttachmentFile> pdf(
            PortalSession session, long documentId, String fileName, Locale locale, Client client) {
        Optional<byte[]> pdf = reads.read(session, () -> documents.pdf(session.customerId(), documentId, locale));
        if (pdf.isEmpty()) {
            reads.denied(session, "document " + documentId, client);
        }
        return pdf.map(bytes -> new AttachmentFile(fileName, "application/pdf", bytes));
    }
}
