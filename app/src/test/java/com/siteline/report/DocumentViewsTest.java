package com.siteline.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.GridQuery;
import com.siteline.report.ui.DocumentView;
import com.siteline.report.ui.DocumentsView;
import com.siteline.report.ui.OverviewView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The periodic documents as the demo manager works them: the archive, a draft edited and approved, zh-CN and English. */
@SitelineSpringTest
@WithUserDetails("manager")
class DocumentViewsTest extends SpringBrowserlessTest {

    @Autowired
    PeriodicDocuments documents;

    @Test
    @SuppressWarnings("unchecked")
    void theArchiveListsTheDemoDocumentsAndTheOverviewLinksToTheDrafts() {
        navigate(DocumentsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("周期性文件");
        Grid<DocumentSummary> grid = $(Grid.class).id("documents-grid");
        long all = documents.count(GridQuery.empty());
        // the estate's complaint summaries and service reports (a residential estate has no work brief)
        assertThat(all).isGreaterThanOrEqualTo(8);
        assertThat(test(grid).size()).isEqualTo((int) all);
        navigate(OverviewView.class);
        long drafts = documents.count(GridQuery.empty().choice("status", DocumentStatus.DRAFT.name()));
        assertThat($(Span.class).id("tile-documents-due-count").getText()).isEqualTo(String.valueOf(drafts));
        assertThat(drafts).isPositive();
        assertThat($(Anchor.class).id("tile-documents-due").getHref()).startsWith("reports/documents?q=");
        // the demo's answered surveys: six months of mean ratings, each bar opening that month's answers
        String satisfaction = $(com.vaadin.flow.component.Html.class).all().stream()
                .map(h -> h.getElement().getOuterHTML())
                .filter(h -> h.contains("overview-satisfaction"))
                .findFirst()
                .orElseThrow();
        assertThat(satisfaction).contains("surveys?q=").containsPattern("[1-5]\\.[0-9] 分（[0-9]+ 份答卷）");
    }

    @Test
    void aDraftIsEditedApprovedAndPublishedAndTooLongTextIsSaidAndKept() {
        DocumentSummary draft = documents
                .page(
                        GridQuery.empty()
                                .choice("status", DocumentStatus.DRAFT.name())
                                .choice("kind", DocumentKind.COMPLAINT_SUMMARY.name()),
                        0,
                        1)
                .getFirst();
        UI.getCurrent().navigate(DocumentView.link(draft.id()));
        assertThat($(H2.class).id("document-title").getText()).isEqualTo("滨江花园物业服务中心 · 月度投诉汇总");
        // the figures are the frozen counts: the complaints of the month and how each was handled
        assertThat(PdfText.of(((DocumentView) getCurrentView()).pdfFile())).contains("月度投诉汇总", "主要指标", "投诉处理情况");
        TextArea summary = $(TextArea.class).id("document-summary");
        String tooLong = "漏".repeat(PeriodicDocuments.TEXT_MAX + 1);
        test(summary).setValue(tooLong);
        test($(Button.class).id("document-save")).click();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo("综述最多 4000 个字。");
        assertThat(summary.getValue()).isEqualTo(tooLong);
        assertThat(documents.get(draft.id()).summary()).isNull();

        test(summary).setValue("本月投诉以漏水为主，均已处理。");
        test($(Button.class).id("document-approve")).click();
        DocumentSummary approved = documents.get(draft.id());
        assertThat(approved.status()).isEqualTo(DocumentStatus.APPROVED);
        assertThat(approved.summary()).isEqualTo("本月投诉以漏水为主，均已处理。");
        assertThat(approved.approvedBy()).isEqualTo("manager");
        assertThat(PdfText.of(((DocumentView) getCurrentView()).pdfFile())).contains("本月投诉以漏水为主");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat($(H2.class).id("document-title").getText()).endsWith("Monthly complaint summary");
        assertThat($(Paragraph.class).id("document-state").getText()).startsWith("Approved");
        test($(Button.class).id("document-publish")).click();
        assertThat(documents.get(draft.id()).status()).isEqualTo(DocumentStatus.PUBLISHED);
        assertThat($(Button.class).all())
                .extracting(Button::getId)
                .map(id -> id.orElse(""))
                .doesNotContain("document-save", "document-approve", "document-publish");
        assertThat(List.of(approved.figures().complaintCount())).allMatch(n -> n >= 0);
    }
}
