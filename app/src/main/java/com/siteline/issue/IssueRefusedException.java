package com.siteline.issue;

/** A step the issue's lifecycle or the user's role does not allow; the message is a bundle key. */
public class IssueRefusedException extends IllegalStateException {

    private final String messageKey;
    private final Object[] args;

    public IssueRefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
