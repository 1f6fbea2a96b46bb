package com.siteline.privacy;

/** Where an erasure request stands: asked, done (approved and carried out at once), or rejected with a reason. */
public enum PrivacyStatus {
    REQUESTED,
    DONE,
    REJECTED;

    public String messageKey() {
        return "privacy.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
