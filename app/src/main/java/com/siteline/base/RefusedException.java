package com.siteline.base;

import java.util.List;

/**
 * A service's "no": what the user asked cannot be done, said as a {@link Message} (bundle key and typed
 * arguments). Every service refuses with this type (or {@link InvalidInputException} for input, which
 * is one), so every screen, single or bulk, shows the same words. Never carries English text for users.
 */
public class RefusedException extends RuntimeException {

    private final transient Message message;

    public RefusedException(Message message) {
        super(message.toString());
        this.message = message;
    }

    public RefusedException(String key, Message.Arg... args) {
        this(Message.of(key, args));
    }

    public Message message() {
        return message;
    }

    public String messageKey() {
        return message.key();
    }

    public List<Message.Arg> args() {
        return message.args();
    }
}
