package com.siteline.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.backup.ui.BackupsView;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** admin/backups in zh-CN and English: where backups go, a backup now with its check, the restore procedure. */
@SitelineSpringTest
@WithUserDetails("admin")
class BackupsViewTest extends SpringBrowserlessTest {

    @Autowired
    Backups backups;

    @Autowired
    RunAs as;

    @Test
    @SuppressWarnings("unchecked")
    void anAdminBacksUpNowAndReadsHowToRestoreInBothLanguages() throws InterruptedException {
        int before = backups.list().size();
        navigate(BackupsView.class);
        assertThat($(Paragraph.class).id("backups-setup").getText())
                .contains("mariadb-dump")
                .contains(backups.setup().directory())
                .contains("保留最近 7 天、4 周、12 个月");
        test($(Button.class).id("backups-now")).click();
        long until = System.nanoTime() + 60_000_000_000L;
        while (backups.list().size() == before && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        List<BackupFile> kept = backups.list();
        assertThat(kept).hasSize(before + 1);
        assertThat(kept.getFirst().checked()).as(kept.getFirst().check()).isTrue();

        navigate(BackupsView.class);
        Grid<BackupFile> grid = $(Grid.class).id("backups-grid");
        assertThat(test(grid).size()).isEqualTo(before + 1);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("手动");
        assertThat(test(grid).getCellText(0, 6)).isEqualTo(kept.getFirst().name());
        assertThat($(OrderedList.class).id("backups-restore").getElement().getTextRecursively())
                .contains("./siteline restore " + backups.setup().directory() + "/"
                        + kept.getFirst().name())
                .contains("重建索引");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(BackupsView.class);
        assertThat($(Paragraph.class).id("backups-setup").getText())
                .contains("The newest of each of the last 7 days, 4 weeks and 12 months are kept");
        assertThat($(OrderedList.class).id("backups-restore").getElement().getTextRecursively())
                .contains("Restore into a new database (never over the one in use)");
    }
}
