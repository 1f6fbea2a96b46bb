package com.siteline.knowledge;

import java.util.List;

/**
 * A standard reply filled in for a record: its text, and the placeholders the record has no value for (left in the
 * text as written, so it is never sent with a blank).
 */
public record FilledReply(long replyId, String text, List<ReplyContext.Placeholder> missing) {

    public boolean complete() {
        return missing.isEmpty();
    }
}
