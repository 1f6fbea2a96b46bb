package com.siteline.report;

import java.util.List;

/**
 * One group of the response-time report. A deadline counts once it was kept or has passed; it is met
 * when kept by its due time. {@code breached} are the issues that missed either deadline, so the
 * numbers can be opened.
 *
 * @param key the group's value as stored (unit id, username, category id, enum name...); empty for "none"
 */
public record SlaRow(String key, int issues, int firstResponseCounted, int firstResponseMet, int resolutionCounted,
        int resolutionMet, List<Long> breached) {

    /** Share met in percent, or -1 when nothing counted yet (shown as "no data", not as 0 or 100). */
    public static int percent(int met, int counted) {
        return counted == 0 ? -1 : (int) Math.floor(met * 100.0 / counted);
    }

    public int firstResponsePercent() {
        return percent(firstResponseMet, firstResponseCounted);
    }

    public int resolutionPercent() {
        return percent(resolutionMet, resolutionCounted);
    }
}
