package com.siteline.backup;

import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep (grandfather-father-son): the newest backup of each of the newest {@code daily} days that
 * have one, of each of the newest {@code weekly} ISO weeks, of each of the newest {@code monthly} months, the newest
 * taken before a migration, and the newest of all. Days without a backup do not count, so a machine that was off
 * for a week keeps the backups from before.
 */
public record BackupRetention(int daily, int weekly, int monthly) {

    public static final BackupRetention DEFAULT = new BackupRetention(7, 4, 12);

    public BackupRetention {
        if (daily < 1 || weekly < 0 || monthly < 0) {
            throw new IllegalArgumentException("at least one daily backup is kept");
        }
    }

    /** The names of the backups to keep, of {@code backups} in any order. */
    public Set<String> keep(List<BackupFile> backups, ZoneId zone) {
        List<BackupFile> newestFirst = backups.stream()
                .sorted(Comparator.comparing(BackupFile::at).reversed())
                .toList();
        Set<String> kept = new LinkedHashSet<>();
        if (newestFirst.isEmpty()) {
            return kept;
        }
        kept.add(newestFirst.getFirst().name());
        newestFirst.stream()
                .filter(b -> b.kind() == BackupKind.BEFORE_MIGRATION)
                .findFirst()
                .ifPresent(b -> kept.add(b.name()));
        kept.addAll(newestPer(newestFirst, daily, b -> b.at().atZone(zone).toLocalDate()));
        kept.addAll(newestPer(newestFirst, weekly, b -> {
            var day = b.at().atZone(zone).toLocalDate();
            return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }));
        kept.addAll(newestPer(newestFirst, monthly, b -> java.time.YearMonth.from(b.at().atZone(zone))));
        return kept;
    }

    private static Set<String> newestPer(List<BackupFile> newestFirst, int periods, Function<BackupFile, ?> period) {
        Set<Object> seen = new HashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (BackupFile backup : newestFirst) {
            if (seen.size() == periods && !seen.contains(period.apply(backup))) {
                break;
            }
            if (seen.add(period.apply(backup))) {
                names.add(backup.name());
            }
        }
        return names;
    }
}
