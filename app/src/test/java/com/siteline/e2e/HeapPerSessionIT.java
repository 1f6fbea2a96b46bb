package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Heap held per UI session with the inbox open: N real browser sessions sign in as the agent and
 * open the inbox; the server's used heap after full GCs is compared before and after. Prints the
 * figure (a measurement, not a timed test). {@code -Dsiteline.sessions=20} for a larger sample.
 */
class HeapPerSessionIT extends BrowserTest {

    static final int SESSIONS = Integer.getInteger("siteline.sessions", 4);
    /**
     * What one signed-in session with the inbox open may hold: measured at about 2 MiB (docs/benchmarks.md);
     * the ceiling leaves room for GC noise but catches a grid or export held in the session (megabytes each).
     */
    static final long CEILING_KIB = 8 * 1024;

    @Test
    void measuresTheHeapEachInboxSessionHolds() throws Exception {
        // warm up: one session through the same pages so that classes and caches are loaded
        inBrowser("heap-warm-up.png", () -> openInbox(browser, wait));
        long before = usedHeapAfterGc();
        List<ChromeDriver> sessions = new ArrayList<>();
        try {
            for (int i = 0; i < SESSIONS; i++) {
                ChromeDriver session = newBrowser(Files.createTempDirectory("siteline-heap"));
                sessions.add(session);
                openInbox(session, waitOn(session));
            }
            long after = usedHeapAfterGc();
            double perSession = (after - before) / (double) SESSIONS / 1024;
            System.out.printf(
                    "%nHeap per UI session with the inbox open: %.0f KiB (%d sessions, used heap %d → %d MiB)%n%n",
                    perSession, SESSIONS, before >> 20, after >> 20);
            System.out.printf("Target: at most %,d KiB per session%n", CEILING_KIB);
            assertThat(perSession).as("KiB of heap per inbox session").isLessThan(CEILING_KIB);
            assertThat(after).as("the sessions are alive while measured").isGreaterThan(0);
        } finally {
            sessions.forEach(ChromeDriver::quit);
        }
    }

    private void openInbox(ChromeDriver session, WebDriverWait sessionWait) {
        session.get(url("inbox"));
        WebElement login = sessionWait.until(d -> d.findElement(By.tagName("vaadin-login-form")));
        sessionWait
                .until(d -> login.findElement(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys("agent");
        login.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("siteline");
        login.findElement(By.cssSelector("vaadin-button")).click();
        WebElement grid = sessionWait.until(d -> d.findElement(By.id("issues-grid")));
        sessionWait.until(d -> !cellTexts(session, grid).isEmpty());
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
