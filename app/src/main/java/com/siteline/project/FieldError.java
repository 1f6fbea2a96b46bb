package com.siteline.project;

import com.siteline.sdk.LocalizedText;
import java.util.List;

/**
 * Why a value is not accepted: a message key of the core's bundle with its parameters, or a text
 * from the plugin's own cross-field check.
 */
public record FieldError(String fieldId, String messageKey, List<Object> params, LocalizedText pluginText) {

    public static FieldError of(String fieldId, String messageKey, Object... params) {
        return new FieldError(fieldId, messageKey, List.of(params), null);
    }
}
