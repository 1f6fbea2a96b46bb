package com.siteline.backup.internal;

import com.siteline.backup.BackupKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new installation does not wait for the first night: when the app is ready (the demo data, if any, loaded) and
 * the backup directory holds no backup yet, one is taken in the background. Only on a node that runs the timers.
 */
@Component
@ConditionalOnProperty(name = "siteline.timers.enabled", havingValue = "true", matchIfMissing = true)
class FirstBackup {

    private static final Logger LOG = LoggerFactory.getLogger(FirstBackup.class);

    private final BackupRunner runner;

    FirstBackup(BackupRunner runner) {
        this.runner = runner;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (runner.list().isEmpty()) {
            Thread.ofVirtual().name("first-backup").start(() -> {
                try {
                    runner.run(BackupKind.DAILY);
                } catch (RuntimeException e) {
                    LOG.warn("the first backup could not be taken: {}", e.getMessage());
                }
            });
        }
    }
}
