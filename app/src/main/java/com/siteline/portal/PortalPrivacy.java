package com.siteline.portal;

import com.siteline.base.AttachmentFile;
import com.siteline.privacy.PersonalDataExport;
import com.siteline.privacy.PrivacyRequests;
import java.io.ByteArrayOutputStream;
import org.springframework.stereotype.Service;

/**
 * The customer's own rights in the portal (个人信息权利): a copy of everything Siteline holds about them as one
 * archive, and a request to erase it, which a manager of their unit decides. Both are kept among the portal's
 * events (and the copy in the audit log, as every export).
 */
@Service
public class PortalPrivacy {

    private final PortalAccess access;
    private final PersonalDataExport export;
    private final PrivacyRequests requests;

    PortalPrivacy(PortalAccess access, PersonalDataExport export, PrivacyRequests requests) {
        this.access = access;
        this.export = export;
        this.requests = requests;
    }

    /** The customer's archive. */
    public AttachmentFile archive(PortalSession session, Client client) {
        access.check(session);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PortalReads.as(session, () -> export.forCustomer(session.customerId(), bytes));
        access.record(session, "DATA_COPY", "personal data", client);
        return new AttachmentFile(
                "personal-data-" + session.customerId() + ".zip", "application/zip", bytes.toByteArray());
    }

    /**
     * The customer asks for their personal data to be erased, with their reason.
     *
     * @throws com.siteline.base.InvalidInputException when the reason is missing or too long; nothing is stored
     * @throws com.siteline.base.RefusedException when a request waits already
     */
    public void requestErasure(PortalSession session, String reason, Client client) {
        access.check(session);
        PortalReads.as(session, () -> requests.requestFromPortal(session.customerId(), reason));
        access.record(session, "ERASURE_ASKED", "personal data", client);
    }

    /** Whether an erasure request of the customer waits for a manager. */
    public boolean erasureWaiting(PortalSession session) {
        access.check(session);
        return PortalReads.as(session, () -> requests.waitingFor(session.customerId()));
    }
}
