package com.siteline.privacy;

/** Where an erasure request stands: asked, done (approved and carried out at once), or rejected with a reason. */
public enum PrivacyStatus implements com.siteline.base.Keyed {
    REQUESTED,
    DONE,
    REJECTED;

    @Override
    public String messageKey() {
        return "privacy.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
