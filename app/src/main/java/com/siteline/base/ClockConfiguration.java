package com.siteline.base;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock services read "now" from, so tests can move time (promised replies falling due). */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        // ticks in microseconds, as datetime(6) keeps them: what is stored reads back equal
        return Clock.tick(Clock.systemDefaultZone(), java.time.Duration.ofNanos(1000));
    }
}
