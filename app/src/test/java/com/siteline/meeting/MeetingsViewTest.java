package com.siteline.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.meeting.ui.MeetingsView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The meetings grid and the meeting dialog as the demo's manager uses them, in zh-CN and English: the demo's
 * committee minutes waiting for the chair and the overdue post-project review, a meeting typed wrong (its fields
 * marked, nothing typed lost), then recorded and published.
 */
@SitelineSpringTest
class MeetingsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void theManagerSeesTheDemoMeetingsAndRecordsOne() {
        navigate(MeetingsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("会议纪要");
        Grid<MeetingView> grid = $(Grid.class).id("meetings-grid");
        assertThat(grid.getGenericDataView().getItems())
                .anyMatch(m -> m.kind() == MeetingKind.OWNERS_COMMITTEE && m.state() == MeetingState.REVIEWED)
                .anyMatch(m -> m.kind() == MeetingKind.POST_PROJECT_REVIEW && m.state() == MeetingState.PLANNED)
                .anyMatch(m -> m.state() == MeetingState.PUBLISHED && m.receivedCount() == 2);

        test($(Button.class).id("meeting-record")).click();
        test($(TextField.class).id("meeting-title")).setValue(" ");
        test($(TextField.class).id("meeting-place")).setValue("公司三楼会议室");
        test($(Button.class).id("meeting-save")).click();
        assertThat($(Paragraph.class).id("meeting-status").getText()).isEqualTo("请填写会议主题。 请至少选择一位出席人。 请填写会议纪要。");
        assertThat($(TextField.class).id("meeting-title").isInvalid()).isTrue();
        assertThat($(TextArea.class).id("meeting-minutes").isInvalid()).isTrue();
        assertThat($(TextField.class).id("meeting-place").isInvalid()).isFalse();
        assertThat($(TextField.class).id("meeting-place").getValue()).isEqualTo("公司三楼会议室");
        test($(TextField.class).id("meeting-title")).setValue("客服月度例会");
        ((MultiSelectComboBox<String>) $(MultiSelectComboBox.class).id("meeting-staff-present"))
                .setValue(Set.of("manager", "agent"));
        test($(TextArea.class).id("meeting-minutes")).setValue("回顾本月投诉处理与沟通计划执行情况。");
        test($(Button.class).id("meeting-save")).click();
        MeetingView recorded = grid.getGenericDataView()
                .getItems()
                .filter(m -> m.title().equals("客服月度例会"))
                .findFirst()
                .orElseThrow();
        assertThat(recorded.state()).isEqualTo(MeetingState.DRAFT);
        assertThat(recorded.place()).isEqualTo("公司三楼会议室");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(MeetingsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Meetings");
    }
}
