package com.siteline.notification;

import com.siteline.base.Keyed;

/**
 * What a message to a customer is for, as consent is given (PIPL: per purpose): a customer who withdrew consent for
 * a purpose gets no message of it. Security codes are never held back: the customer asked for them.
 */
public enum MessagePurpose implements Keyed {
    /** sign-in codes the customer asked for: sent whatever the consent, the hour or the cap */
    SECURITY,
    /** notices about their own projects and requests (reports, confirmations, minutes, invitations) */
    SERVICE,
    /** satisfaction surveys and their reminders */
    SURVEY,
    /** greetings and campaigns */
    MARKETING;

    /** The purpose of a message kind (an unknown kind is a service notice). */
    public static MessagePurpose of(String kind) {
        return switch (kind) {
            case "PORTAL_CODE" -> SECURITY;
            case "SURVEY", "SURVEY_REMINDER" -> SURVEY;
            case "GREETING" -> MARKETING;
            default -> SERVICE;
        };
    }

    /** Whether a customer's consent decides about it (all but security codes). */
    public boolean needsConsent() {
        return this != SECURITY;
    }

    @Override
    public String messageKey() {
        return "consent.purpose." + name();
    }
}
