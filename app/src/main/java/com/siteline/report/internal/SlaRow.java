package com.siteline.report.internal;

import java.util.List;

/**
 * One group of the response-time report. A deadline counts once it was kept or has passed; it is met
 * when kept by its due time. {@code breached} are the issues that missed any deadline, so the numbers
 * can be opened. Times are minutes of target time (business time where the issue's rule says so, pauses
 * not counted); -1 when no issue of the group has one.
 *
 * @param key the group's value as stored (unit id, username, category id, enum name...); empty for "none"
 */
public record SlaRow(
        String key,
        int issues,
        int firstResponseCounted,
        int firstResponseMet,
        int nextUpdateCounted,
        int nextUpdateMet,
        int resolutionCounted,
        int resolutionMet,
        long firstResponseMedian,
        long firstResponseP90,
        long resolutionMedian,
        long resolutionP90,
        List<Long> breached) {

    /** Share met in percent, or -1 when nothing counted yet (shown as "no data", not as 0 or 100). */
    public static int percent(int met, int counted) {
        return counted == 0 ? -1 : (int) Math.floor(met * 100.0 / counted);
    }

    public int firstResponsePercent() {
        return percent(firstResponseMet, firstResponseCounted);
    }

    public int nextUpdatePercent() {
        return percent(nextUpdateMet, nextUpdateCounted);
    }

    public int resolutionPercent() {
        return percent(resolutionMet, resolutionCounted);
    }

    /** Met deadlines of all three kinds over counted ones (the overview's weekly bars). */
    public int overallPercent() {
        return percent(
                firstResponseMet + nextUpdateMet + resolutionMet,
                firstResponseCounted + nextUpdateCounted + resolutionCounted);
    }
}
