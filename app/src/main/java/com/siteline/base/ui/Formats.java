package com.siteline.base.ui;

import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How screens show times: in the signed-in user's zone (see {@code sla.UserZones}: the calendar zone
 * of their first business unit), which the shell puts in the session at sign-in. Without a session
 * (a test that renders a component alone) the business' default zone, Asia/Shanghai.
 */
public final class Formats {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** The application's clock (the services' one), set when the application starts; the system's until then. */
    private static volatile java.time.Clock clock = java.time.Clock.systemUTC();

    private Formats() {}

    /** Screens read "today" and "now" from the clock the services read (so a test that moves time moves both). */
    public static void useClock(java.time.Clock applicationClock) {
        clock = applicationClock;
    }

    /** Today in the zone the user sees times in, by the application's clock. */
    public static java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(zone()));
    }

    /** Now as a local time in the user's zone, by the application's clock, to the minute. */
    public static java.time.LocalDateTime nowToTheMinute() {
        return java.time.LocalDateTime.now(clock.withZone(zone())).withSecond(0).withNano(0);
    }

    /** The zone the user sees times in. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        ZoneId zone = session == null ? null : session.getAttribute(ZoneId.class);
        return zone == null ? DEFAULT_ZONE : zone;
    }

    /** Sets the zone the session's screens show times in. */
    public static void useZone(VaadinSession session, ZoneId zone) {
        session.setAttribute(ZoneId.class, zone);
    }

    public static String minute(Instant instant) {
        return instant == null ? "" : MINUTE.withZone(zone()).format(instant);
    }

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.withZone(zone()).format(instant);
    }

    /** A time the user typed (in their zone) as an instant. */
    public static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toInstant();
    }

    /** An instant as the user's wall-clock time, for a date-time field. */
    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
    }
}
