package com.siteline.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.AttachmentFile;
import com.siteline.report.CustomerDocuments;
import com.siteline.report.DocumentSummary;
import com.siteline.report.PeriodicDocuments;
import com.siteline.report.ReportDocument;
import com.siteline.report.internal.DocumentTexts;
import com.siteline.report.internal.PeriodicDocumentRepository;
import com.siteline.testsupport.PortalFixture;
import com.siteline.testsupport.SitelineSpringTest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a unit published (公布) in the portal, on MariaDB with the demo: an owner of 滨江花园 sees the unit's latest
 * published documents (a SQL recount) and opens each as the owners' PDF, which names no customer and shows no staff
 * score; a customer of another unit sees none and is refused the PDF, the attempt recorded.
 */
@SitelineSpringTest
class PortalDocumentsIT {

    @Autowired
    PortalDocuments documents;

    @Autowired
    PortalFixture ground;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DocumentTexts texts;

    @Autowired
    PeriodicDocumentRepository rows;

    @Autowired
    PeriodicDocuments periodic;

    private long customerOf(String unitCode) {
        return jdbc.queryForObject(
                "select min(c.id) from customer c join business_unit u on u.id = c.business_unit_id where u.code = ?",
                Long.class,
                unitCode);
    }

    @Test
    void anOwnerOpensWhatTheUnitPublishedAndACustomerOfAnotherUnitDoesNot() {
        long owner = customerOf("BJ-PROPERTY");
        PortalSession session = ground.signIn(owner, "manager");
        List<Long> published = jdbc.queryForList(
                "select d.id from periodic_document d join business_unit u on u.id = d.business_unit_id"
                        + " where u.code = 'BJ-PROPERTY' and d.status = 'PUBLISHED' order by d.published_at desc limit ?",
                Long.class,
                CustomerDocuments.LATEST);
        assertThat(published).isNotEmpty();
        assertThat(documents.list(session))
                .extracting(CustomerDocuments.Published::id)
                .isEqualTo(published);

        Optional<AttachmentFile> pdf =
                documents.pdf(session, published.getFirst(), "x.pdf", Locale.SIMPLIFIED_CHINESE, PortalFixture.BROWSER);
        assertThat(pdf).isPresent();
        assertThat(new String(pdf.get().content(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        long summaryId = jdbc.queryForObject(
                "select max(id) from periodic_document where kind = 'COMPLAINT_SUMMARY' and status = 'PUBLISHED'",
                Long.class);
        DocumentSummary summary = periodic.summaryOf(rows.findById(summaryId).orElseThrow());
        ReportDocument staff = texts.document(summary, Locale.SIMPLIFIED_CHINESE);
        ReportDocument owners = texts.forOwners(summary, Locale.SIMPLIFIED_CHINESE);
        assertThat(staff.sections())
                .flatExtracting(ReportDocument.Section::headers)
                .contains("客户");
        assertThat(owners.sections())
                .flatExtracting(ReportDocument.Section::headers)
                .doesNotContain("客户");
        assertThat(owners.sections()).hasSize(staff.sections().size() - 1);
        assertThat(owners.sections().get(1).rows())
                .hasSize(staff.sections().get(1).rows().size() - 1);

        long other = customerOf("SH-HOME");
        PortalSession elsewhere = ground.signIn(other, "manager");
        assertThat(documents.list(elsewhere)).isEmpty();
        assertThat(documents.pdf(
                        elsewhere, published.getFirst(), "x.pdf", Locale.SIMPLIFIED_CHINESE, PortalFixture.BROWSER))
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from portal_event where customer_id = ? and kind = 'DENIED' and subject like ?",
                        Integer.class,
                        other,
                        "document " + published.getFirst() + "%"))
                .isEqualTo(1);
    }
}
