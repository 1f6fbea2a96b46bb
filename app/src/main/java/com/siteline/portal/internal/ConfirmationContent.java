package com.siteline.portal.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the customer is asked to confirm, frozen when staff ask: the project, the stage (zh-CN and English), each
 * checklist with every item's result, remark and photo, the photos; for a change order what changes, why, the price
 * and schedule change. Its JSON is hashed; the hash is kept with the signature.
 */
public record ConfirmationContent(
        String projectName,
        String address,
        String stageZh,
        String stageEn,
        List<Checklist> checklists,
        List<Long> photoIds,
        ChangeOrder change) {

    public ConfirmationContent {
        checklists = checklists == null ? List.of() : List.copyOf(checklists);
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
    }

    public record Checklist(String titleZh, String titleEn, List<Item> items) {}

    /** One checked line: its text, the result (PASS, FAIL, NOT_APPLICABLE), the remark and the photo's id. */
    public record Item(String textZh, String textEn, String status, String remark, Long photoId) {}

    /** A change order (变更单): what changes, why, the price change (negative: cheaper) and the days it adds. */
    public record ChangeOrder(String what, String why, BigDecimal priceDelta, Integer daysDelta) {}
}
