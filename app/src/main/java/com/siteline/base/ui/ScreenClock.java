package com.siteline.base.ui;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** Hands the application's clock to the screens ({@link Formats#today()}), so they read the services' "now". */
@Component
class ScreenClock {

    ScreenClock(Clock clock) {
        Formats.useClock(clock);
    }
}
