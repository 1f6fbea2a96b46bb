package com.siteline.load;

import java.time.Duration;
import java.util.List;

/**
 * One run of the load test: where, who (the fixture's agents and customers, and how many managers), how long each
 * virtual user stays (its session lives the whole run: the concurrent sessions are the users), and how long a
 * person thinks between two clicks. The simulation reads it from {@link #current} (Gatling builds the simulation
 * itself, by its class name, in this JVM).
 */
public record LoadPlan(
        String run,
        String url,
        List<LoadFixture.Agent> agents,
        int managers,
        List<LoadFixture.Customer> customers,
        Duration ramp,
        Duration hold,
        Duration thinkMin,
        Duration thinkMax,
        LoadFixture fixture,
        Ledger ledger,
        RequestLog requests) {

    static volatile LoadPlan current;

    /** How long the run lasts from the first user's start to the last user's end (at most). */
    public Duration length() {
        return ramp.plus(hold).plus(Duration.ofSeconds(90));
    }
}
