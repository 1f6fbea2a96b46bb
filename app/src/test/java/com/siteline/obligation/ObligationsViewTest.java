package com.siteline.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.AttachmentFile;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.PhotoPicker;
import com.siteline.issue.ui.InboxView;
import com.siteline.obligation.internal.ObligationSummary;
import com.siteline.obligation.ui.ObligationsView;
import com.siteline.organization.RunAs;
import com.siteline.shell.ui.DeadEndView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The obligations grid and the record dialog as the demo manager uses them, zh-CN and English. */
@SitelineSpringTest
class ObligationsViewTest extends SpringBrowserlessTest {

    @Autowired
    Obligations obligations;

    @Autowired
    RunAs as;

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void theManagerRecordsTheOverdueMeetingAfterAMistake() {
        navigate(ObligationsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("周期性义务");
        Grid<ObligationSummary> grid = $(Grid.class).id("obligations-grid");
        // the demo: last quarter's owners' committee meeting was not held on time
        ObligationSummary overdue = grid.getGenericDataView()
                .getItems()
                .filter(t -> t.overdue(LocalDate.now(Formats.DEFAULT_ZONE)))
                .filter(t -> t.obligationId().equals("owners-committee"))
                .findFirst()
                .orElseGet(() -> as.user(
                        "manager",
                        () -> obligations
                                .page(
                                        GridQuery.empty()
                                                .choice("state", "OPEN")
                                                .choice("obligation", "owners-committee"),
                                        0,
                                        1)
                                .getFirst()));
        int row = grid.getGenericDataView().getItems().toList().indexOf(overdue);
        assertThat(row).isNotNegative();
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("与业主委员会季度沟通");
        test(grid).clickRow(row);
        test($(Button.class).id("obligation-record")).click();
        test($(TextArea.class).id("obligation-evaluation")).setValue("补开季度沟通会，业委会对整改进度认可");
        test($(Button.class).id("obligation-save")).click();
        assertThat($(Paragraph.class).id("obligation-status").getText())
                .isEqualTo("请选择本期内、不晚于今天的举办日期。 请填写参加人数（至少 1 人）。");
        assertThat($(TextArea.class).id("obligation-evaluation").getValue()).isEqualTo("补开季度沟通会，业委会对整改进度认可");
        assertThat($(DatePicker.class).id("obligation-held-on").isInvalid()).isTrue();
        assertThat($(IntegerField.class).id("obligation-attendance").getErrorMessage())
                .isEqualTo("请填写参加人数（至少 1 人）。");
        assertThat($(TextArea.class).id("obligation-evaluation").isInvalid()).isFalse();
        test($(DatePicker.class).id("obligation-held-on")).setValue(overdue.periodLast());
        test($(IntegerField.class).id("obligation-attendance")).setValue(12);
        // photos of the meeting: a document is said and left out, a photo is taken
        PhotoPicker picker = $(PhotoPicker.class).id("obligation-photos");
        picker.add(new AttachmentFile("纪要.pdf", "application/pdf", new byte[] {1}));
        assertThat($(Paragraph.class).id("obligation-photos-problem").getText())
                .isEqualTo("纪要.pdf: 只能上传照片（JPG、PNG、WebP、HEIC）。");
        picker.add(new AttachmentFile("会场.png", "image/png", com.siteline.testsupport.SampleAnswers.PNG));
        assertThat($(Paragraph.class).id("obligation-photos-picked").getText()).isEqualTo("已选活动照片：会场.png");
        test($(Button.class).id("obligation-save")).click();
        ObligationSummary done = as.user("manager", () -> obligations.get(overdue.id()));
        assertThat(done.state()).isEqualTo(ObligationState.DONE);
        assertThat(done.attendance()).isEqualTo(12);
        assertThat(as.user("manager", () -> obligations.photos(overdue.id()))).hasSize(1);
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("obligation-panel-photos")
                        .getChildren()
                        .count())
                .isEqualTo(1);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ObligationsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Recurring obligations");
    }

    @Test
    @WithUserDetails("agent")
    void agentsDoNotOpenTheObligations() {
        navigate("inbox", InboxView.class);
        UI.getCurrent().navigate("obligations");
        assertThat(getCurrentView()).isInstanceOf(DeadEndView.class);
    }
}
