package com.siteline.timer.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.siteline.timer.NodeScheduler;
import com.siteline.timer.RecurringTimer;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Starts this node's db-scheduler once the app is ready, with every module's {@link RecurringTimer} (the
 * response-time sweep, surveys, visits, obligations, documents, greetings, report emails, the counts kept ahead);
 * siteline.timers.enabled=false starts none of them on this node.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "siteline.timers.enabled", havingValue = "true", matchIfMissing = true)
class TimerConfiguration {

    @Bean(destroyMethod = "stop")
    Scheduler timers(DataSource dataSource, org.springframework.beans.factory.ObjectProvider<RecurringTimer> timers) {
        java.util.List<com.github.kagkarlsson.scheduler.task.helper.RecurringTask<?>> tasks =
                new java.util.ArrayList<>();
        timers.orderedStream().forEach(timer -> tasks.add(timer.task()));
        return NodeScheduler.of(dataSource, tasks, nodeName(), Duration.ofSeconds(5), Duration.ofSeconds(30));
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
