package com.siteline.base;

/** One thing to fix in a service's input: the field it concerns (none when it is about the whole input) and the bundle key that says it. */
public record Problem(InputField field, String key) {

    public Problem {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a problem needs its bundle key");
        }
    }

    /** A problem about the input as a whole, shown to the user without marking a field. */
    public static Problem general(String key) {
        return new Problem(null, key);
    }
}
