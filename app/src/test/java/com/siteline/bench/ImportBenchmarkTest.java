package com.siteline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.importing.ImportKind;
import com.siteline.importing.ImportOptions;
import com.siteline.importing.ImportSummary;
import com.siteline.importing.Importer;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.SitelineSpringTest;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Importing customers from a CSV: 100,000 rows with {@code ./siteline bench}, 2,000 in the test command. Prints
 * the time (target under 60 s for 100k), rows per second and how far the heap grew while it ran.
 */
@SitelineSpringTest
class ImportBenchmarkTest {

    static final int ROWS = Integer.getInteger(
            "siteline.bench.import.rows",
            Integer.getInteger("siteline.bench.issues", 3_000) >= 1_000_000 ? 100_000 : 2_000);

    @Autowired
    Importer importer;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsCustomerRowsInBoundedMemory() throws Exception {
        Path file = Files.createTempFile("siteline-import-bench-", ".csv");
        String run = Long.toString(System.currentTimeMillis() % 10_000_000);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("姓名,电话,业务单元,地址,客户等级,标签\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("导入客户" + i + ",9" + run + "-" + i + ",滨江花园物业服务中心,滨江花园 " + (i % 40) + " 栋 " + (i % 300) + " 室,"
                        + (i % 10 == 0 ? "重点客户" : "普通客户") + ",导入\n");
            }
        }
        long customersBefore = jdbc.queryForObject("select count(*) from customer", Long.class);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        ImportSummary summary = as.user("admin", () -> {
            Map<Integer, String> mapping = importer.mappingFor(
                    ImportKind.CUSTOMERS, java.util.List.of("姓名", "电话", "业务单元", "地址", "客户等级", "标签"));
            return importer.run(
                    ImportKind.CUSTOMERS,
                    "bench.csv",
                    file,
                    mapping,
                    new ImportOptions(false, false),
                    Locale.SIMPLIFIED_CHINESE,
                    rows -> {});
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        Files.deleteIfExists(file);

        System.out.printf(
                "%nImport of %,d customer rows (CSV, valid rows only, chunks of 200): %.1f s, %,.0f rows/s"
                        + " (target for 100k: under 60 s)%s; heap grew by at most %,d MiB over %,d MiB before%n%n",
                ROWS,
                seconds,
                ROWS / seconds,
                ROWS >= 100_000 && seconds >= 60 ? " ⚠" : "",
                (peak.get() - baseline) >> 20,
                baseline >> 20);
        // what was measured is a whole import: every row created and audited
        assertThat(summary.status()).isEqualTo(ImportSummary.Status.DONE);
        assertThat(summary.created()).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class))
                .isEqualTo(customersBefore + ROWS);
        assertThat(jdbc.queryForObject(
                        "select count(*) from customer where phone like ?", Long.class, "9" + run + "-%"))
                .isEqualTo(ROWS);
    }
}
