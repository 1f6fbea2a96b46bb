package com.siteline.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.plugin.testplugins.QuietPlugin;
import com.siteline.plugin.testplugins.ThrowingPlugin;
import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.NotificationSender;
import com.siteline.sdk.PluginApi;
import com.siteline.testsupport.PluginJars;
import com.siteline.testsupport.TestPluginContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginClassLoader;

class PluginHostTest {

    @TempDir
    Path pluginsDir;

    @Test
    void loadsTheRealPluginsFromTheirOwnClassLoaders() throws Exception {
        PluginJars.copyRealPlugins(pluginsDir);
        try (PluginHost host = new PluginHost(pluginsDir, TestPluginContext::of)) {
            host.start();

            assertThat(host.statuses())
                    .extracting(PluginStatus::id)
                    .containsExactlyElementsOf(PluginJars.REAL_PLUGIN_IDS);
            assertThat(host.statuses()).allSatisfy(status -> {
                assertThat(status.state()).isEqualTo(PluginStatus.State.STARTED);
                assertThat(status.version()).isEqualTo("0.1.0-SNAPSHOT");
                assertThat(status.reason()).isNull();
            });
            assertThat(host.variants())
                    .extracting(BusinessVariant::id)
                    .containsExactlyElementsOf(PluginJars.REAL_VARIANT_IDS);
            assertThat(host.customerChannels())
                    .extracting(com.siteline.sdk.CustomerChannel::id)
                    .containsExactly("sms", "wecom");
            for (BusinessVariant variant : host.variants()) {
                ClassLoader loader = variant.getClass().getClassLoader();
                assertThat(loader)
                        .isInstanceOf(PluginClassLoader.class)
                        .isSameAs(host.classLoaderOf(variant.id()).orElseThrow())
                        .isNotSameAs(getClass().getClassLoader());
                assertThat(variant.stages()).isNotEmpty();
            }
        }
        // and the app's own class path does not have them at all
        assertThatThrownBy(() -> Class.forName("com.siteline.variant.exteriorpainting.ExteriorPaintingVariant"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void brokenPluginsAreReportedAsFailedAndTheOthersStillStart() throws Exception {
        PluginJars.copyRealPlugins(pluginsDir);
        PluginJars.writePluginJar(pluginsDir, "throws-on-start", ThrowingPlugin.class, ">=1.0.0 & <2.0.0");
        PluginJars.writePluginJar(pluginsDir, "needs-api-2", QuietPlugin.class, ">=2.0.0");
        PluginJars.writeCorruptJar(pluginsDir, "corrupt.jar");

        try (PluginHost host = new PluginHost(pluginsDir, TestPluginContext::of)) {
            host.start();
            Map<String, PluginStatus> byId =
                    host.statuses().stream().collect(Collectors.toMap(PluginStatus::id, Function.identity()));

            assertThat(byId)
                    .containsOnlyKeys(
                            "corrupt.jar",
                            "exterior-painting",
                            "home-decoration",
                            "needs-api-2",
                            "property-management",
                            "sms-smpp",
                            "throws-on-start",
                            "wecom");
            assertThat(byId.get("throws-on-start").state()).isEqualTo(PluginStatus.State.FAILED);
            assertThat(byId.get("throws-on-start").reason()).contains("deliberately broken on start");
            assertThat(byId.get("needs-api-2").state()).isEqualTo(PluginStatus.State.FAILED);
            assertThat(byId.get("needs-api-2").reason()).contains(">=2.0.0").contains(PluginApi.VERSION);
            assertThat(byId.get("corrupt.jar").state()).isEqualTo(PluginStatus.State.FAILED);
            assertThat(byId.get("corrupt.jar").reason()).isNotBlank();
            for (String id : PluginJars.REAL_PLUGIN_IDS) {
                assertThat(byId.get(id).state()).as(id).isEqualTo(PluginStatus.State.STARTED);
            }
            assertThat(host.variants()).hasSize(3);
        }
    }

    @Test
    void aPluginWhoseExtensionAsksForAHostBeanFailsWithTheReasonAndTheOthersStart() throws Exception {
        PluginJars.copyRealPlugins(pluginsDir);
        com.siteline.testsupport.FourthPlugin.buildGreedyInto(pluginsDir);

        try (PluginHost host = new PluginHost(pluginsDir, TestPluginContext::of)) {
            host.start();
            PluginStatus greedy = host.status("greedy").orElseThrow();
            assertThat(greedy.state()).isEqualTo(PluginStatus.State.FAILED);
            assertThat(greedy.reason()).contains("javax.sql.DataSource").contains("com.siteline.sdk.PluginContext");
            assertThat(host.notificationSenders())
                    .extracting(NotificationSender::channelId)
                    .doesNotContain("greedy");
            for (String id : PluginJars.REAL_PLUGIN_IDS) {
                assertThat(host.status(id).orElseThrow().state()).as(id).isEqualTo(PluginStatus.State.STARTED);
            }
        }
    }

    @Test
    void aMissingPluginsDirectoryLeavesTheAppRunningWithNoVariants() {
        try (PluginHost host = new PluginHost(pluginsDir.resolve("nowhere"), TestPluginContext::of)) {
            host.start();
            assertThat(host.statuses()).isEmpty();
            assertThat(host.variants()).isEmpty();
        }
    }
}
