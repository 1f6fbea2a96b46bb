package com.siteline.project;

/** An upload was refused; {@code messageKey} says why in the user's language. */
public class AttachmentRejectedException extends RuntimeException {

    private final String messageKey;

    public AttachmentRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
