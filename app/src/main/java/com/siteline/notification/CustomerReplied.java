package com.siteline.notification;

import java.time.Instant;

/**
 * A customer answered a message on its channel (an SMS back, a mail reply): published after it is stored, so the
 * communication log and the survey can take it up.
 *
 * @param messageId the message answered
 * @param kind      that message's kind (SURVEY: the answer may be a rating)
 * @param channel   the channel's id ({@code sms}, {@code email})
 * @param from      the customer's address on it
 * @param files     what the customer attached (checked like any attachment by whoever keeps them)
 * @param issueId   the issue the answered message was about, or null
 * @param projectId the project it was about, or null
 */
public record CustomerReplied(
        long customerId,
        long businessUnitId,
        long messageId,
        String kind,
        String channel,
        String from,
        String text,
        Instant at,
        java.util.List<File> files,
        Long issueId,
        Long projectId) {

    /** A file the customer sent with the answer (a mail's attachment). */
    public record File(String name, String contentType, byte[] content) {}

    public CustomerReplied {
        files = files == null ? java.util.List.of() : java.util.List.copyOf(files);
    }
}
