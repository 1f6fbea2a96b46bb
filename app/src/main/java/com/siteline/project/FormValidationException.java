package com.siteline.project;

import com.siteline.base.RefusedException;
import java.util.List;

/** The answers were not saved: these fields need another look (each with its own message). */
public class FormValidationException extends RefusedException {

    private final transient List<FieldError> errors;

    public FormValidationException(List<FieldError> errors) {
        super("form.error.fields");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
