package com.siteline.lead;

import java.time.Instant;
import java.util.List;

/** A lead as the list, its panel and the customer's page show it, with its history. */
public record LeadView(
        long id,
        long version,
        long businessUnitId,
        String unitName,
        String name,
        String phone,
        String address,
        LeadSource source,
        LeadStage stage,
        String need,
        String lostReason,
        String owner,
        Long customerId,
        Instant createdAt,
        List<Step> history) {

    /** One step of its history: when, by whom, to which stage, with what note. */
    public record Step(Instant at, String by, LeadStage stage, String note) {}

    public boolean open() {
        return stage != LeadStage.WON && stage != LeadStage.LOST;
    }
}
