package com.siteline.project;

import com.siteline.sdk.Choice;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.FieldType;
import com.siteline.sdk.FormSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks a field spec declares (required, must be yes, min/max, length, pattern, choices), applied the
 * same way by the form UI (at the field, while typing), by the service (before storing) and by the stage gate
 * (to a stored form, which may predate a rule).
 */
public final class FormRules {

    private FormRules() {}

    public static List<FieldError> check(FormSpec form, Map<String, Object> values) {
        List<FieldError> errors = new ArrayList<>();
        for (FieldSpec field : form.fields()) {
            check(field, values.get(field.id())).ifPresent(errors::add);
        }
        return errors;
    }

    public static Optional<FieldError> check(FieldSpec field, Object value) {
        if (field.mustBeYes() != null && !Boolean.TRUE.equals(value)) {
            // a check the procedure demands: "no" (or no answer) is refused with the field's own message
            return Optional.of(new FieldError(field.id(), null, List.of(), field.mustBeYes()));
        }
        if (isEmpty(field, value)) {
            return field.required() ? Optional.of(FieldError.of(field.id(), "form.error.required")) : Optional.empty();
        }
        return switch (field.type()) {
            case NUMBER, MONEY -> {
                if (!(value instanceof BigDecimal number)) {
                    yield Optional.of(FieldError.of(field.id(), "form.error.number"));
                }
                if (field.min() != null && number.compareTo(field.min()) < 0) {
                    yield Optional.of(FieldError.of(
                            field.id(), "form.error.min", field.min().toPlainString()));
                }
                if (field.max() != null && number.compareTo(field.max()) > 0) {
                    yield Optional.of(FieldError.of(
                            field.id(), "form.error.max", field.max().toPlainString()));
                }
                yield Optional.empty();
            }
            case SHORT_TEXT, LONG_TEXT, ATTACHMENT -> {
                String text = value.toString();
                if (field.min() != null && text.length() < field.min().intValue()) {
                    yield Optional.of(FieldError.of(
                            field.id(), "form.error.min-length", field.min().intValue()));
                }
                if (field.max() != null && text.length() > field.max().intValue()) {
                    yield Optional.of(FieldError.of(
                            field.id(), "form.error.max-length", field.max().intValue()));
                }
                if (field.pattern() != null && !text.matches(field.pattern())) {
                    yield Optional.of(FieldError.of(field.id(), "form.error.pattern"));
                }
                yield Optional.empty();
            }
            case SINGLE_CHOICE ->
                choiceIds(field).contains(value.toString())
                        ? Optional.empty()
                        : Optional.of(FieldError.of(field.id(), "form.error.choice"));
            case MULTIPLE_CHOICE ->
                value instanceof Collection<?> picked
                                && choiceIds(field)
                                        .containsAll(picked.stream()
                                                .map(Object::toString)
                                                .toList())
                        ? Optional.empty()
                        : Optional.of(FieldError.of(field.id(), "form.error.choice"));
            default -> Optional.empty();
        };
    }

    /** Empty for a rule's purpose; a customer confirmation only counts once it is given. */
    public static boolean isEmpty(FieldSpec field, Object value) {
        if (value == null) {
            return true;
        }
        if (field.type() == FieldType.CUSTOMER_CONFIRMATION) {
            return !Boolean.TRUE.equals(value);
        }
        if (value instanceof String text) {
            return text.isBlank();
        }
        return value instanceof Collection<?> collection && collection.isEmpty();
    }

    private static Set<String> choiceIds(FieldSpec field) {
        return field.choices().stream().map(Choice::id).collect(Collectors.toSet());
    }
}
