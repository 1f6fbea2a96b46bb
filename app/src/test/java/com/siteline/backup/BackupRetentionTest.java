package com.siteline.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The retention rule (7 daily, 4 weekly, 12 monthly): what it keeps of a year and more of backups. */
class BackupRetentionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aYearOfDailyBackupsKeepsTheLastSevenDaysFourWeeksTwelveMonthsAndTheNewestBeforeAMigration() {
        List<BackupFile> backups = new ArrayList<>();
        Instant newest = Instant.parse("2026-12-07T18:30:00Z");
        for (int day = 0; day < 420; day++) {
            backups.add(backup("d" + day, newest.minusSeconds(86_400L * day), BackupKind.DAILY));
        }
        backups.add(backup("migration", newest.minusSeconds(86_400L * 100 + 3600), BackupKind.BEFORE_MIGRATION));
        backups.add(backup("old-migration", newest.minusSeconds(86_400L * 200 + 3600), BackupKind.BEFORE_MIGRATION));

        Set<String> kept = BackupRetention.DEFAULT.keep(backups, SHANGHAI);

        for (int day = 0; day < 7; day++) {
            assertThat(kept).as("day " + day).contains("d" + day);
        }
        assertThat(kept).contains("migration").doesNotContain("old-migration");
        Map<YearMonth, Long> perMonth = backups.stream()
                .filter(b -> kept.contains(b.name()))
                .collect(Collectors.groupingBy(b -> YearMonth.from(b.at().atZone(SHANGHAI)), Collectors.counting()));
        YearMonth month = YearMonth.from(newest.atZone(SHANGHAI));
        for (int m = 0; m < 12; m++) {
            assertThat(perMonth).as("month " + month.minusMonths(m)).containsKey(month.minusMonths(m));
        }
        assertThat(perMonth.keySet()).allMatch(m -> !m.isBefore(month.minusMonths(11)));
        // the newest of each of the last four weeks is there
        Map<Integer, String> newestOfWeek = new HashMap<>();
        for (BackupFile b : backups) {
            if (b.kind() == BackupKind.DAILY) {
                LocalDate day = b.at().atZone(SHANGHAI).toLocalDate();
                newestOfWeek.putIfAbsent(week(day), b.name());
            }
        }
        LocalDate today = newest.atZone(SHANGHAI).toLocalDate();
        for (int w = 0; w < 4; w++) {
            assertThat(kept).contains(newestOfWeek.get(week(today.minusWeeks(w))));
        }
        assertThat(kept.size()).isLessThanOrEqualTo(7 + 4 + 12 + 1).isGreaterThanOrEqualTo(12 + 7);
    }

    @Test
    void missedDaysDoNotCostOlderBackupsAndTheNewestIsAlwaysKept() {
        Random random = new Random(20261207);
        for (int run = 0; run < 200; run++) {
            List<BackupFile> backups = new ArrayList<>();
            Instant at = Instant.parse("2026-12-07T18:30:00Z");
            int count = 1 + random.nextInt(60);
            for (int i = 0; i < count; i++) {
                backups.add(backup("b" + i, at, BackupKind.values()[random.nextInt(3)]));
                at = at.minusSeconds(3600L * (1 + random.nextInt(24 * 20)));
            }
            Set<String> kept = BackupRetention.DEFAULT.keep(backups, SHANGHAI);
            assertThat(kept).contains("b0");
            long days = backups.stream()
                    .map(b -> b.at().atZone(SHANGHAI).toLocalDate())
                    .distinct()
                    .count();
            // at least one backup of each of the seven newest days that have one
            assertThat(kept.size()).isGreaterThanOrEqualTo((int) Math.min(7, days));
            assertThat(backups.stream().map(BackupFile::name)).containsAll(kept);
        }
    }

    private static int week(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static BackupFile backup(String name, Instant at, BackupKind kind) {
        return new BackupFile(name, at, kind, "mariadb-dump", "siteline", 1, "x", 1, 0, 1, true, "ok");
    }
}
