/**
 * The timers' home: {@link com.siteline.timer.RecurringTimer}, which a module declares as a bean for each of its
 * recurring jobs, and the node's db-scheduler that runs them all once across nodes
 * ({@code siteline.timers.enabled}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base"})
package com.siteline.timer;
