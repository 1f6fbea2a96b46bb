package com.siteline.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.survey.CustomSurveyTemplates.QuestionKind;
import com.siteline.survey.CustomSurveyTemplates.TemplateSummary;
import com.siteline.survey.ui.SurveyTemplatesView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrators' survey templates, zh-CN and English: a bad template is said at its fields and kept; a good one is stored. */
@SitelineSpringTest
class SurveyTemplatesViewTest extends SpringBrowserlessTest {

    @Autowired
    CustomSurveyTemplates templates;

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void anAdministratorMakesATemplateAndWhatWasTypedSurvivesAProblem() {
        navigate(SurveyTemplatesView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("调查模板");
        Grid<TemplateSummary> grid = $(Grid.class).id("template-grid");
        int before = test(grid).size();
        // the demo's own template, in its two versions
        assertThat(before).isGreaterThanOrEqualTo(2);

        test($(Button.class).id("template-new")).click();
        test($(TextField.class).id("template-title-zh")).setValue("物业服务季度调查");
        // who is asked left empty: everyone
        // the first row is a rating; a second, single-choice row gets one choice only
        test($(TextField.class).id("template-q1-label-zh")).setValue("总体满意度");
        test($(TextField.class).id("template-q1-label-en")).setValue("Overall satisfaction");
        test($(TextArea.class).id("template-q1-reasons")).setValue("维修慢 | Slow repairs");
        test($(Button.class).id("template-add-question")).click();
        test($(TextField.class).id("template-q2-label-zh")).setValue("您住在哪一期？");
        test($(TextField.class).id("template-q2-label-en")).setValue("Which phase do you live in?");
        test($(TextArea.class).id("template-q2-choices")).setValue("一期 | Phase 1");
        test($(Button.class).id("template-save")).click();

        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .contains("请填写中文和英文标题", "选择题须有 2–12 个选项");
        assertThat($(TextField.class).id("template-title-en").isInvalid()).isTrue();
        assertThat($(TextArea.class).id("template-q2-choices").isInvalid()).isTrue();
        assertThat($(TextArea.class).id("template-q2-choices").getErrorMessage())
                .contains("2–12");
        assertThat($(TextArea.class).id("template-q1-reasons").isInvalid()).isFalse();
        // nothing typed is lost, nothing stored
        assertThat($(TextField.class).id("template-title-zh").getValue()).isEqualTo("物业服务季度调查");
        assertThat($(TextArea.class).id("template-q1-reasons").getValue()).isEqualTo("维修慢 | Slow repairs");
        assertThat(test(grid).size()).isEqualTo(before);

        test($(TextField.class).id("template-title-en")).setValue("Quarterly property survey");
        test($(TextArea.class).id("template-q2-choices")).setValue("一期 | Phase 1\n二期 | Phase 2");
        test($(Button.class).id("template-save")).click();
        assertThat(test(grid).size()).isEqualTo(before + 1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("物业服务季度调查");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("1");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("2");
        assertThat(templates.active())
                .anyMatch(t -> t.title().en().equals("Quarterly property survey")
                        && t.questions().size() == 3);
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void inEnglishANewVersionStartsFromWhatTheTemplateHolds() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(SurveyTemplatesView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Survey templates");
        TemplateSummary demo = templates.all().stream()
                .filter(t -> t.titleEn().equals("Service desk experience survey"))
                .filter(TemplateSummary::active)
                .max(java.util.Comparator.comparingInt(TemplateSummary::version))
                .orElseThrow();
        Grid<TemplateSummary> grid = $(Grid.class).id("template-grid");
        int row = 0;
        while (!(test(grid).getCellText(row, 1).equals(demo.id())
                && test(grid).getCellText(row, 2).equals(String.valueOf(demo.version())))) {
            row++;
        }
        // only the latest version is edited or retired from its row
        com.vaadin.flow.component.Component actions = test(grid).getCellComponent(row, 7);
        Button edit = (Button) actions.getChildren()
                .filter(c -> c.getId().orElse("").equals("template-edit-" + demo.id()))
                .findFirst()
                .orElseThrow();
        test(edit).click();
        assertThat($(TextField.class).id("template-title-en").getValue()).isEqualTo("Service desk experience survey");
        Select<QuestionKind> kind = $(Select.class).id("template-q1-kind");
        assertThat(kind.getValue()).isEqualTo(QuestionKind.RATING);
        assertThat($(TextArea.class).id("template-q1-reasons").isVisible()).isTrue();
        // the choices do not show for a rating
        assertThat($(TextArea.class).withId("template-q1-choices").all()).isEmpty();
        // an empty question label is said in English and kept
        test($(TextField.class).id("template-q4-label-en")).setValue("");
        test($(Button.class).id("template-save")).click();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .contains("Give the question in Chinese and in English");
        assertThat($(TextField.class).id("template-q4-label-zh").isInvalid()).isTrue();
        test($(TextField.class).id("template-q4-label-en")).setValue("Anything else?");
        test($(Button.class).id("template-save")).click();
        assertThat(templates.all())
                .anyMatch(t -> t.id().equals(demo.id())
                        && t.version() == demo.version() + 1
                        && t.draft().questions().get(3).labelEn().equals("Anything else?"));
    }
}
