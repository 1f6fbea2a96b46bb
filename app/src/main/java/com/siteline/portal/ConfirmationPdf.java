package com.siteline.portal;

import com.siteline.portal.internal.ConfirmationContent;
import com.siteline.portal.internal.ConfirmationRepository;
import com.siteline.report.ReportDocument;
import com.siteline.sla.BusinessHours;
import com.siteline.sla.UserZones;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A decided confirmation as the PDF the customer and staff download: what was shown (checklists, a change order's
 * terms), and who decided when, from where, with the content's hash (OpenPDF through {@link ReportDocument}).
 */
@Component
class ConfirmationPdf {

    private final PortalAccess access;
    private final ConfirmationRepository confirmations;
    private final UserZones zones;

    ConfirmationPdf(PortalAccess access, ConfirmationRepository confirmations, UserZones zones) {
        this.access = access;
        this.confirmations = confirmations;
        this.zones = zones;
    }

    /** The zone of the confirmation's business unit (its calendar's), which the decision's time is written in. */
    private java.time.ZoneId zoneOf(Confirmation c) {
        return confirmations
                .findById(c.id())
                .map(r -> zones.zoneOfUnit(r.getBusinessUnitId()))
                .orElse(BusinessHours.DEFAULT.zone());
    }

    /** The PDF of a decided confirmation, in a language. */
    byte[] of(Confirmation c, Locale locale) {
        java.util.function.BiFunction<String, Object[], String> t = (key, params) -> access.i18n(locale, key, params);
        ConfirmationContent content = c.content();
        List<ReportDocument.Section> sections = new ArrayList<>();
        sections.add(ReportDocument.Section.text(
                t.apply("portal.pdf.project", new Object[0]),
                content.projectName(),
                content.address() == null ? "" : content.address()));
        for (ConfirmationContent.Checklist list : content.checklists()) {
            List<List<Object>> rows = new ArrayList<>();
            for (ConfirmationContent.Item item : list.items()) {
                rows.add(List.of(
                        locale.getLanguage().equals("en") ? item.textEn() : item.textZh(),
                        item.status() == null ? "" : t.apply("checklist.status." + item.status(), new Object[0]),
                        item.remark() == null ? "" : item.remark(),
                        item.photoId() == null ? "" : "#" + item.photoId()));
            }
            sections.add(ReportDocument.Section.table(
                    locale.getLanguage().equals("en") ? list.titleEn() : list.titleZh(),
                    List.of(
                            t.apply("portal.pdf.item", new Object[0]), t.apply("portal.pdf.result", new Object[0]),
                            t.apply("portal.pdf.remark", new Object[0]), t.apply("portal.pdf.photo", new Object[0])),
                    rows));
        }
        if (content.change() != null) {
            ConfirmationContent.ChangeOrder change = content.change();
            sections.add(ReportDocument.Section.text(
                    t.apply("portal.change.heading", new Object[0]),
                    t.apply("portal.change.what", new Object[0]) + ": " + change.what(),
                    t.apply("portal.change.why", new Object[0]) + ": " + change.why(),
                    t.apply("portal.change.price", new Object[0]) + ": "
                            + (change.priceDelta() == null
                                    ? "—"
                                    : change.priceDelta().toPlainString()),
                    t.apply("portal.change.days", new Object[0]) + ": "
                            + (change.daysDelta() == null ? "—" : change.daysDelta())));
        }
        String decided = c.decidedAt() == null
                ? ""
                : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        c.decidedAt().atZone(zoneOf(c)));
        sections.add(ReportDocument.Section.text(
                t.apply("portal.pdf.decision", new Object[0]),
                t.apply("portal.state." + c.state(), new Object[0]),
                c.signerName() == null ? "" : t.apply("portal.pdf.signer", new Object[0]) + ": " + c.signerName(),
                c.reason() == null ? "" : t.apply("portal.pdf.reason", new Object[0]) + ": " + c.reason(),
                t.apply("portal.pdf.at", new Object[0]) + ": " + decided,
                "IP: " + (c.ip() == null ? "" : c.ip()),
                t.apply("portal.pdf.agent", new Object[0]) + ": " + (c.userAgent() == null ? "" : c.userAgent()),
                "SHA-256: " + c.contentHash()));
        String stage = locale.getLanguage().equals("en") ? content.stageEn() : content.stageZh();
        return new ReportDocument(
                        t.apply("portal.pdf.title", new Object[0]),
                        content.projectName() + (stage == null ? "" : " · " + stage),
                        sections)
                .pdf();
    }
}
