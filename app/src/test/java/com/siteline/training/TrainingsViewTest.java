package com.siteline.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.training.ui.TrainingsView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The trainings page as the demo's manager uses it, in zh-CN and English: the demo's held and planned sessions; a
 * plan without its staff said at the field with what was typed kept, then saved.
 */
@SitelineSpringTest
class TrainingsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void theManagerPlansATrainingAfterAMissingStaffList() {
        navigate(TrainingsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("培训记录");
        Grid<TrainingView> grid = $(Grid.class).id("trainings-grid");
        assertThat(grid.getGenericDataView().getItems())
                .anyMatch(t -> t.state() == TrainingState.HELD && t.attendedCount() == 2)
                .anyMatch(t -> t.state() == TrainingState.PLANNED && t.improvementId() != null);

        test($(Button.class).id("training-new")).click();
        test($(TextField.class).id("training-topic")).setValue("新员工入职培训");
        test($(TextField.class).id("training-trainer")).setValue("陈静");
        test($(Button.class).id("training-save")).click();
        assertThat($(Paragraph.class).id("training-status").getText()).isEqualTo("请选择本业务单元的参加人员");
        assertThat($(MultiSelectComboBox.class).id("training-attendees").isInvalid())
                .isTrue();
        assertThat($(TextField.class).id("training-topic").getValue()).isEqualTo("新员工入职培训");
        ((MultiSelectComboBox<String>) $(MultiSelectComboBox.class).id("training-attendees")).setValue(Set.of("agent"));
        test($(Button.class).id("training-save")).click();
        assertThat(grid.getGenericDataView().getItems()).anyMatch(t -> t.topic().equals("新员工入职培训"));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(TrainingsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Trainings");
    }
}
