package com.siteline.issue;

import java.util.List;

/** What a bulk action did: how many rows changed and, for each refused row, why. */
public record BulkResult(int changed, List<Refusal> refused) {

    public record Refusal(long issueId, String messageKey) {
    }
}
