package com.siteline.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the workspace shows times: minutes in the server's (the business') time zone. */
public final class Formats {

    public static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.systemDefault());

    private Formats() {
    }

    public static String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }
}
