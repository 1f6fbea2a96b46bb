package com.siteline.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.sdk.PluginContext;
import com.siteline.testsupport.TestPluginContext;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.pf4j.PluginRuntimeException;

class PluginExtensionFactoryTest {

    public static class NeedsContext {
        final PluginContext context;

        public NeedsContext(PluginContext context) {
            this.context = context;
        }
    }

    /** Asks for a host type by name: what "plugins see only the SDK" forbids. */
    public static class NeedsClock {
        public NeedsClock(Clock clock) {}
    }

    public static class NeedsDataSource {
        public NeedsDataSource(javax.sql.DataSource database) {}
    }

    public static class NeedsNothing {}

    public static class FailsInConstructor {
        public FailsInConstructor() {
            throw new IllegalStateException("boom");
        }
    }

    private final PluginContext context = TestPluginContext.of("test-plugin");
    private final PluginExtensionFactory factory = new PluginExtensionFactory(type -> context);

    @Test
    void handsTheSdkContextThroughTheConstructorAndKeepsOneInstance() {
        NeedsContext extension = factory.create(NeedsContext.class);

        assertThat(extension.context).isSameAs(context);
        assertThat(extension.context.pluginId()).isEqualTo("test-plugin");
        assertThat(factory.create(NeedsContext.class)).isSameAs(extension);
        assertThat(factory.create(NeedsNothing.class)).isNotNull();
    }

    @Test
    void refusesAnythingButTheContextAndSaysWhatWasAskedFor() {
        assertThatThrownBy(() -> factory.create(NeedsClock.class))
                .isInstanceOf(PluginRuntimeException.class)
                .hasMessageContaining("java.time.Clock")
                .hasMessageContaining("com.siteline.sdk.PluginContext");
        assertThatThrownBy(() -> factory.create(NeedsDataSource.class))
                .isInstanceOf(PluginRuntimeException.class)
                .hasMessageContaining("javax.sql.DataSource");
    }

    @Test
    void reportsAFailingConstructor() {
        assertThatThrownBy(() -> factory.create(FailsInConstructor.class))
                .isInstanceOf(PluginRuntimeException.class)
                .hasMessageContaining("FailsInConstructor")
                .hasRootCauseMessage("boom");
    }

    @Test
    void evictForgetsTheInstancesOfAStoppedPlugin() {
        NeedsNothing first = factory.create(NeedsNothing.class);
        factory.evict(NeedsNothing.class.getClassLoader());
        assertThat(factory.create(NeedsNothing.class)).isNotSameAs(first);
    }
}
