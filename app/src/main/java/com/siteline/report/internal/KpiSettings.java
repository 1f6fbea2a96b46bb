package com.siteline.report.internal;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.organization.Role;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each unit's KPI weights: the seeds' defaults until an admin saves others ({@code admin/kpi}). */
@Service
public class KpiSettings {

    /** A unit's settings and the version to save against (-1: never saved, the defaults). */
    public record UnitSettings(
            long businessUnitId,
            long version,
            boolean saved,
            KpiWeights weights,
            String updatedBy,
            java.time.Instant updatedAt) {}

    private final KpiSettingsRepository rows;
    private final Clock clock;

    KpiSettings(KpiSettingsRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** The weights of every unit that has its own; the others use {@link KpiWeights#DEFAULTS}. */
    @Transactional(readOnly = true)
    public Map<Long, KpiWeights> saved() {
        Map<Long, KpiWeights> all = new HashMap<>();
        rows.findAll().forEach(row -> all.put(row.getBusinessUnitId(), weights(row)));
        return all;
    }

    @Transactional(readOnly = true)
    public UnitSettings of(long businessUnitId) {
        return rows.findById(businessUnitId)
                .map(KpiSettings::settings)
                .orElse(new UnitSettings(businessUnitId, -1, false, KpiWeights.DEFAULTS, null, null));
    }

    /**
     * Saves a unit's weights; refused with messages when they do not add up, and when someone else saved
     * since {@code version} was read (the input is kept by the screen).
     */
    @PreAuthorize(Role.Can.ADMINISTER)
    @Transactional
    public UnitSettings save(long businessUnitId, long version, KpiWeights weights) {
        List<String> problems = weights.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        java.util.Optional<KpiSettingsRow> existing = rows.findById(businessUnitId);
        KpiSettingsRow row = existing.orElseGet(() -> new KpiSettingsRow(businessUnitId));
        long current = existing.map(KpiSettingsRow::getVersion).orElse(-1L);
        if (current != version) {
            throw new RefusedException("kpi.settings.conflict");
        }
        row.set(
                weights.response(),
                weights.resolution(),
                weights.satisfaction(),
                weights.responseZeroPercent(),
                Actors.current(),
                clock.instant());
        return settings(rows.saveAndFlush(row));
    }

    private static UnitSettings settings(KpiSettingsRow row) {
        return new UnitSettings(
                row.getBusinessUnitId(), row.getVersion(), true, weights(row), row.getUpdatedBy(), row.getUpdatedAt());
    }

    private static KpiWeights weights(KpiSettingsRow row) {
        return new KpiWeights(
                row.getResponseWeight(),
                row.getResolutionWeight(),
                row.getSatisfactionWeight(),
                row.getResponseZeroPercent());
    }
}
