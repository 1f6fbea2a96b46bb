package com.siteline.project;

import com.siteline.base.RefusedException;

/** An upload was refused; {@code messageKey} says why in the user's language. */
public class AttachmentRejectedException extends RefusedException {

    public AttachmentRejectedException(String messageKey) {
        super(messageKey);
    }
}
