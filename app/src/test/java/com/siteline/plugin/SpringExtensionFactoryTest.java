package com.siteline.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.pf4j.PluginRuntimeException;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

class SpringExtensionFactoryTest {

    public static class NeedsClock {
        final Clock clock;

        public NeedsClock(Clock clock) {
            this.clock = clock;
        }
    }

    public static class NeedsNothing {
    }

    public static class FailsInConstructor {
        public FailsInConstructor() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void injectsHostBeansThroughTheConstructorAndKeepsOneInstance() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
        beans.registerSingleton("clock", clock);
        SpringExtensionFactory factory = new SpringExtensionFactory(beans);

        NeedsClock extension = factory.create(NeedsClock.class);

        assertThat(extension.clock).isSameAs(clock);
        assertThat(factory.create(NeedsClock.class)).isSameAs(extension);
        assertThat(factory.create(NeedsNothing.class)).isNotNull();
    }

    @Test
    void saysWhichBeanIsMissing() {
        SpringExtensionFactory factory = new SpringExtensionFactory(new DefaultListableBeanFactory());
        assertThatThrownBy(() -> factory.create(NeedsClock.class))
                .isInstanceOf(PluginRuntimeException.class)
                .hasMessageContaining("java.time.Clock");
    }

    @Test
    void reportsAFailingConstructor() {
        SpringExtensionFactory factory = new SpringExtensionFactory(new DefaultListableBeanFactory());
        assertThatThrownBy(() -> factory.create(FailsInConstructor.class))
                .isInstanceOf(PluginRuntimeException.class)
                .hasMessageContaining("FailsInConstructor")
                .hasRootCauseMessage("boom");
    }

    @Test
    void evictForgetsTheInstancesOfAStoppedPlugin() {
        SpringExtensionFactory factory = new SpringExtensionFactory(new DefaultListableBeanFactory());
        NeedsNothing first = factory.create(NeedsNothing.class);
        factory.evict(NeedsNothing.class.getClassLoader());
        assertThat(factory.create(NeedsNothing.class)).isNotSameAs(first);
    }
}
