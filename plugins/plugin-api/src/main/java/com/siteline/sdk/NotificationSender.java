package com.siteline.sdk;

import org.pf4j.ExtensionPoint;

/**
 * A way to reach users that a plugin brings (SMS, WeChat work messages, a pager): every notification
 * Siteline raises (response-time warnings, breaches, escalations, promised replies due) is handed to
 * each started sender as well as shown in the app. @since 1.2
 */
public interface NotificationSender extends ExtensionPoint {

    /** A short name for logs, e.g. {@code sms}. */
    String channelId();

    /**
     * Sends one notification, already in the recipient's language.
     *
     * @param recipient the user's login name
     * @param email     the user's email address, or null
     * @return whether it was sent (false: nothing to do for this user)
     */
    boolean send(String recipient, String email, String subject, String text);
}
