package com.siteline.importing;

/** One column an import kind takes. */
public record ImportField(String key, boolean required) {

    static ImportField required(String key) {
        return new ImportField(key, true);
    }

    static ImportField optional(String key) {
        return new ImportField(key, false);
    }
}
