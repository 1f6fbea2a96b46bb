package com.siteline.sdk;

import java.util.Objects;

/**
 * One message for a {@link CustomerChannel} to send, already in the customer's words: the host has checked consent,
 * quiet hours and caps. @since 1.8
 *
 * @param messageId the host's id of the message (for the gateway's own correlation, if it has any)
 * @param address   the customer's address on this channel (a mobile number, an e-mail address, an account id)
 * @param kind      what it is (SURVEY, PORTAL_CODE, PORTAL_REPORT…), for templates the gateway requires
 * @param subject   a short subject (e-mail, a robot's card title)
 * @param text      the text
 * @param signature the company's name for signatures (an SMS carries 【signature】)
 */
public record OutgoingText(long messageId, String address, String kind, String subject, String text, String signature) {

    public OutgoingText {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(text, "text");
    }
}
