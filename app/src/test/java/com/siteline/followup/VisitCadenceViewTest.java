package com.siteline.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.followup.ui.VisitCadenceView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The visit cadence of important customers as an administrator sets it, in zh-CN and English. */
@SitelineSpringTest
class VisitCadenceViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void anOutOfRangeCadenceIsSaidAtItsFieldAndKept() {
        navigate(VisitCadenceView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("重要客户定期拜访");
        IntegerField vip = $(IntegerField.class).id("visit-cadence-vip");
        IntegerField key = $(IntegerField.class).id("visit-cadence-key");
        test(vip).setValue(2);
        key.setValue(24);
        test($(Button.class).id("visit-cadence-save")).click();
        assertThat($(Paragraph.class).id("visit-cadence-status").getText()).isEqualTo("请填写 0 至 12 个月。");
        assertThat(key.isInvalid()).isTrue();
        assertThat(vip.isInvalid()).isFalse();
        assertThat(key.getValue()).isEqualTo(24);
        key.setValue(6);
        test($(Button.class).id("visit-cadence-save")).click();
        assertThat($(Paragraph.class).id("visit-cadence-status").getText()).isEmpty();
        assertThat(key.isInvalid()).isFalse();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(VisitCadenceView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Visits to important customers");
    }
}
