package com.siteline.base;

import java.util.List;

/**
 * What a bulk action did: how many rows changed and, for each refused row, why, in the words a
 * single change of that row would get.
 */
public record BulkResult(int changed, List<Refusal> refused) {

    public record Refusal(long rowId, Message message) {

        public String messageKey() {
            return message.key();
        }
    }
}
