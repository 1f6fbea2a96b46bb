package com.siteline.issue.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.siteline.issue.ResponseTimeSweep;
import com.siteline.issue.ResponseTimeTimers;
import com.siteline.base.RecurringTimer;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Starts this node's db-scheduler once the app is ready, with the response-time sweep and every module's
 * {@link RecurringTimer} (siteline.timers.enabled=false turns it off).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "siteline.timers.enabled", havingValue = "true", matchIfMissing = true)
class TimerConfiguration {

    @Bean(destroyMethod = "stop")
    Scheduler responseTimeScheduler(DataSource dataSource, ResponseTimeSweep sweep, Clock clock,
            @Value("${siteline.timers.every:PT30S}") Duration every,
            org.springframework.beans.factory.ObjectProvider<RecurringTimer> others) {
        java.util.List<com.github.kagkarlsson.scheduler.task.helper.RecurringTask<?>> tasks = new java.util.ArrayList<>();
        tasks.add(ResponseTimeTimers.task(sweep, clock, every));
        others.orderedStream().forEach(timer -> tasks.add(timer.task()));
        return ResponseTimeTimers.scheduler(dataSource, tasks, nodeName(), Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        event.getApplicationContext().getBean(Scheduler.class).start();
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        String name = host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
        return name.length() > 50 ? name.substring(0, 50) : name;
    }
}
