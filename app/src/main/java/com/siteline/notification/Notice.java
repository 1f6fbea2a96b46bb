package com.siteline.notification;

import com.siteline.base.Message;
import java.util.List;

/**
 * Something to tell a user. The kind names the bundle text ({@code notification.kind.KIND}) the typed
 * parameters fill; the dedup key makes the notice exist once, however many nodes raise it.
 */
public record Notice(String recipient, Long issueId, String kind, String dedupKey, List<Message.Arg> params) {

    public Notice {
        params = List.copyOf(params);
    }
}
