package com.siteline.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * A module's demo data, made once by the quick start (a {@code demo}-profile bean): nothing when its rows exist
 * already, a failure logged without stopping the start (the rest of the demo is still made), how many rows said.
 */
public abstract class DemoData implements ApplicationRunner {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String what;

    /** @param what the rows' name in the log ("compensations") */
    protected DemoData(String what) {
        this.what = what;
    }

    /** How many of the module's rows exist. */
    protected abstract long count();

    /** Makes the demo's rows. */
    protected abstract void make();

    @Override
    public void run(ApplicationArguments args) {
        if (count() > 0) {
            return;
        }
        try {
            make();
        } catch (RuntimeException e) {
            log.warn("Demo {} not complete", what, e);
        }
        log.info("Demo {}: {}", what, count());
    }
}
