package com.siteline.project;

import java.util.List;

/** The answers were not saved: these fields need another look. */
public class FormValidationException extends RuntimeException {

    private final transient List<FieldError> errors;

    public FormValidationException(List<FieldError> errors) {
        super("form has " + errors.size() + " invalid field(s): " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
