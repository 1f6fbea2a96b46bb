package com.siteline.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.admin.ui.AdministrationView;
import com.siteline.importing.internal.RowResult;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.test.context.support.WithUserDetails;

/** {@code admin/import}: a file previewed, a column mapped by hand, imported, the error file offered; both languages. */
@SitelineSpringTest
@WithUserDetails("admin")
class ImportViewTest extends SpringBrowserlessTest {

    @TempDir
    Path dir;

    private static String phone() {
        return "136" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorPreviewsMapsAColumnAndImportsTheValidRows() throws IOException {
        String marker = WorkspaceFixture.marker();
        Path file = dir.resolve("客户.csv");
        Files.writeString(
                file,
                "姓名,手机号码,业务单元\n导入甲" + marker + "," + phone() + ",上海家装事业部\n" + "导入乙" + marker + ",12,上海家装事业部\n",
                StandardCharsets.UTF_8);
        ImportView view = navigate(ImportView.class);
        view.received("客户.csv", file);

        // "手机号码" is no header Siteline knows: the phone column is missing until mapped
        assertThat($(Span.class).id("import-missing").getText()).contains("电话");
        assertThat($(Button.class).id("import-start").isEnabled()).isFalse();
        ComboBox<String> second = $(ComboBox.class).id("import-map-1");
        test(second).selectItem("电话");
        assertThat($(Span.class).id("import-missing").getText()).isEmpty();
        Grid<RowResult> preview = $(Grid.class).id("import-preview");
        assertThat(test(preview).size()).isEqualTo(2);
        assertThat(test(preview).getRow(1).outcome()).isEqualTo(RowResult.Outcome.REFUSE);

        test($(Button.class).id("import-start")).click();
        assertThat($(Span.class).id("import-result").getText()).isEqualTo("导入完成：新建 1，更新 0，跳过 0，未导入 1");
        assertThat($(Anchor.class).id("import-error-file").isVisible()).isTrue();
    }

    @Test
    void aFileThatCannotBeReadIsSaidInTheUsersLanguage() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xFF, ',', (byte) 0xFE});
        ImportView view = navigate(ImportView.class);
        view.received("bad.csv", file);
        assertThat($(Span.class).id("import-problem").getText()).contains("编码");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(AdministrationView.class);
        view = navigate(ImportView.class);
        // the view deletes an uploaded file once done with it: this one is a fresh copy
        Path again = dir.resolve("bad-again.csv");
        Files.write(again, new byte[] {(byte) 0xFF, (byte) 0xFF, ',', (byte) 0xFE});
        view.received("bad.csv", again);
        assertThat($(Span.class).id("import-problem").getText()).contains("encoding");
        assertThat($(Anchor.class).id("import-template").getText()).isEqualTo("Download the template");
    }
}
