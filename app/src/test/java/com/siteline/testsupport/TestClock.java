package com.siteline.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application's clock in tests: the system time plus an offset a test can move forward (a
 * promised reply falling due), registered in every Spring test context in place of the system clock.
 */
public class TestClock extends Clock implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final TestClock INSTANCE = new TestClock();
    private static volatile Duration offset = Duration.ZERO;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("clock", INSTANCE);
    }

    public static void advance(Duration by) {
        offset = offset.plus(by);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        // microseconds, as the database keeps them
        return Instant.now().plus(offset).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
