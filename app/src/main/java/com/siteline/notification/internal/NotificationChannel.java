package com.siteline.notification.internal;

import com.siteline.notification.NotificationItem;

/**
 * A way notifications leave the app besides the in-app bell: email ships with the core; a module
 * (or a plugin's Spring bean) adds SMS or WeChat by declaring another bean of this type.
 */
public interface NotificationChannel {

    /** A short name for logs and the admin ("email", "sms", "wechat"). */
    String id();

    /**
     * Delivers one notification. The text is already in the recipient's language.
     *
     * @param email the recipient's address, or null when they have none
     * @return whether it was delivered (a channel that has nothing to do returns false)
     */
    boolean deliver(NotificationItem item, String recipient, String email, String subject, String text);
}
