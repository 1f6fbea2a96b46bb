package com.siteline.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.Message;
import com.siteline.notification.Notice;
import com.siteline.notification.NotificationService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.plugin.ui.PluginsView;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectRecords;
import com.siteline.project.ProjectService;
import com.siteline.project.ui.ProjectDetailView;
import com.siteline.sdk.BusinessVariant;
import com.siteline.testsupport.FourthPlugin;
import com.siteline.testsupport.PluginJars;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A fourth plugin that is not part of the build: compiled and packed by the test, dropped into the
 * plugins directory of an unchanged app, which loads it, lists it and renders its form.
 * An integration test (own JVM) because its second browserless Spring context would replace Spring
 * Security's static context-holder strategy under the other browserless tests.
 */
@SpringBootTest
@ActiveProfiles("demo")
@WithUserDetails(value = "window-admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
// its configuration is used by no other class: closed after it, so the rest of the run does not carry it
@org.springframework.test.annotation.DirtiesContext
class FourthPluginIT extends SpringBrowserlessTest {

    private static final Path PLUGINS = pluginsDir();

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @Autowired
    ProjectService projects;

    @Autowired
    ProjectRecords records;

    @Autowired
    PluginFaults faults;

    @Autowired
    VariantCatalog catalog;

    @Autowired
    NotificationService notifications;

    @Test
    void aPluginAddsANotificationChannel() throws IOException {
        Path outbox = Files.createTempFile("sms-outbox", ".txt");
        System.setProperty("windowcleaning.sms.outbox", outbox.toString());
        try {
            String key = "test:sms:" + System.nanoTime();
            assertThat(notifications.send(new Notice(
                            "window-admin",
                            null,
                            "PROMISE_DUE",
                            key,
                            List.of(
                                    Message.value("幕墙客户"),
                                    Message.value("2026-11-24 18:00"),
                                    Message.value("回复清洗报价")))))
                    .isTrue();
            assertThat(Files.readString(outbox)).contains("window-admin: 承诺回复到期：幕墙客户（2026-11-24 18:00）—— 回复清洗报价");
            // the same notice again is not sent again
            assertThat(notifications.send(new Notice(
                            "window-admin",
                            null,
                            "PROMISE_DUE",
                            key,
                            List.of(
                                    Message.value("幕墙客户"),
                                    Message.value("2026-11-24 18:00"),
                                    Message.value("回复清洗报价")))))
                    .isFalse();
            assertThat(Files.readAllLines(outbox)).hasSize(1);
        } finally {
            System.clearProperty("windowcleaning.sms.outbox");
        }
    }

    @DynamicPropertySource
    static void plugins(DynamicPropertyRegistry registry) {
        registry.add("siteline.plugins.dir", PLUGINS::toString);
    }

    private static Path pluginsDir() {
        try {
            Path dir = Files.createTempDirectory("siteline-plugins-4");
            PluginJars.copyRealPlugins(dir);
            FourthPlugin.buildInto(dir);
            FourthPlugin.buildGreedyInto(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void unitRunningTheFourthPlugin() {
        if (!organization.businessUnitExists("WINDOWS")) {
            as.system(() -> organization.createBusinessUnit("WINDOWS", "幕墙清洗服务部", List.of(FourthPlugin.ID)));
            as.system(() -> organization.createUser(
                    "window-admin", "清洗部管理员", "siteline-windows", Set.of(Role.ADMIN), List.of("WINDOWS")));
        }
    }

    @Test
    void theAppLoadsListsAndRendersTheFourthPlugin() {
        assertThat(catalog.startedVariants()).extracting(BusinessVariant::id).contains(FourthPlugin.ID);
        BusinessVariant variant = catalog.startedVariant(FourthPlugin.ID).orElseThrow();
        assertThat(variant.getClass().getClassLoader()).isInstanceOf(org.pf4j.PluginClassLoader.class);

        navigate(PluginsView.class);
        Grid<PluginStatus> grid = $(Grid.class).id("plugins");
        // the five shipped plugins, the fourth variant and the greedy one
        assertThat(test(grid).size()).isEqualTo(7);
        assertThat(grid.getGenericDataView()
                        .getItems()
                        .filter(s -> s.state() == PluginStatus.State.STARTED)
                        .map(PluginStatus::id)
                        .toList())
                .containsExactlyInAnyOrder(
                        FourthPlugin.ID,
                        "exterior-painting",
                        "home-decoration",
                        "property-management",
                        "sms-smpp",
                        "wecom");
        assertThat(grid.getGenericDataView()
                        .getItems()
                        .filter(s -> s.id().equals(FourthPlugin.ID))
                        .findFirst()
                        .orElseThrow()
                        .state())
                .isEqualTo(PluginStatus.State.STARTED);
        // a plugin whose extension asks for the host's DataSource is failed, and the page says why
        PluginStatus greedy = grid.getGenericDataView()
                .getItems()
                .filter(s -> s.id().equals("greedy"))
                .findFirst()
                .orElseThrow();
        assertThat(greedy.state()).isEqualTo(PluginStatus.State.FAILED);
        assertThat(greedy.reason()).contains("javax.sql.DataSource");

        long unit = organization.businessUnitsOf("window-admin").getFirst().id();
        long project = as.user(
                        "window-admin",
                        () -> projects.create(new NewProject("国贸大厦外窗清洗", "物业公司", null, unit, FourthPlugin.ID)))
                .id();
        navigate(ProjectDetailView.class, project);
        test($(Button.class).id("open-survey")).click();
        assertThat($(Dialog.class).id("form-dialog").getHeaderTitle()).isEqualTo("勘查记录");
        BigDecimalField windows = $(BigDecimalField.class).id("field-windows");
        assertThat(windows.getLabel()).startsWith("窗户数量");
        windows.setValue(new java.math.BigDecimal("9999"));
        test($(Button.class).id("save-form")).click();
        assertThat(windows.isInvalid()).isTrue();
        assertThat(windows.getErrorMessage()).isEqualTo("不能大于 5000");
        assertThat($(ComboBox.class).id("field-access").getLabel()).isEqualTo("作业方式");
    }

    @Test
    void aHookOrSenderThatThrowsAtRunTimeIsReportedAndTheCoreCarriesOn() {
        long unit = organization.businessUnitsOf("window-admin").getFirst().id();
        long project = as.user(
                        "window-admin",
                        () -> projects.create(new NewProject("银泰中心外窗清洗", "物业公司", null, unit, FourthPlugin.ID)))
                .id();
        // the plugin's validate throws for 4444 windows: the form is saved with the core's own checks
        var saved = as.user(
                "window-admin",
                () -> records.saveForm(
                        project,
                        "survey",
                        java.util.Map.of("windows", new java.math.BigDecimal("4444"), "access", "rope"),
                        -1));
        assertThat(saved.values()).containsEntry("access", "rope");
        assertThat(faults.latest(FourthPlugin.ID)).get().satisfies(fault -> {
            assertThat(fault.hook()).isEqualTo("validate(survey)");
            assertThat(fault.message()).contains("cannot count 4444 windows");
        });
        // its SMS sender throws for this recipient: the notice is kept under the bell all the same
        String key = "test:broken-sms:" + System.nanoTime();
        assertThat(notifications.send(new Notice(
                        "broken-recipient",
                        null,
                        "PROMISE_DUE",
                        key,
                        List.of(Message.value("客户"), Message.value("时间"), Message.value("内容")))))
                .isTrue();
        assertThat(faults.latest(FourthPlugin.ID))
                .get()
                .extracting(PluginFaults.Fault::hook)
                .isEqualTo("send(sms)");

        navigate(PluginsView.class);
        Grid<PluginStatus> grid = $(Grid.class).id("plugins");
        int row = grid.getGenericDataView()
                .getItems()
                .map(PluginStatus::id)
                .toList()
                .indexOf(FourthPlugin.ID);
        assertThat(test(grid).getCellText(row, 4)).contains("运行出错").contains("send(sms)");
        assertThat(grid.getGenericDataView()
                        .getItems()
                        .filter(s -> !s.id().equals("greedy"))
                        .map(PluginStatus::state))
                .containsOnly(PluginStatus.State.STARTED);
    }
}
