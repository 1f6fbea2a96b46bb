package com.siteline.project.internal;

import com.siteline.sdk.Choice;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.FormSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers to and from JSON, exactly: decimals as strings (scale kept), dates and times in ISO-8601,
 * multiple choices in the order the form lists them.
 */
@Component
public class AnswerCodec {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
    private final JsonMapper json;

    AnswerCodec(JsonMapper json) {
        this.json = json;
    }

    public String encode(FormSpec form, Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldSpec field : form.fields()) {
            Object value = values.get(field.id());
            if (value == null
                    || (value instanceof String s && s.isEmpty())
                    || (value instanceof Collection<?> c && c.isEmpty())) {
                continue;
            }
            out.put(
                    field.id(),
                    switch (field.type()) {
                        case NUMBER, MONEY -> ((BigDecimal) value).toPlainString();
                        case DATE, DATE_TIME -> value.toString();
                        case YES_NO, CUSTOMER_CONFIRMATION -> (Boolean) value;
                        case MULTIPLE_CHOICE -> ordered(field, (Collection<?>) value);
                        default -> value.toString();
                    });
        }
        return json.writeValueAsString(out);
    }

    public Map<String, Object> decode(FormSpec form, String content) {
        Map<String, Object> raw = json.readValue(content, MAP);
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldSpec field : form.fields()) {
            Object value = raw.get(field.id());
            if (value == null) {
                continue;
            }
            values.put(
                    field.id(),
                    switch (field.type()) {
                        case NUMBER, MONEY -> new BigDecimal(value.toString());
                        case DATE -> LocalDate.parse(value.toString());
                        case DATE_TIME -> LocalDateTime.parse(value.toString());
                        case YES_NO, CUSTOMER_CONFIRMATION -> Boolean.valueOf(value.toString());
                        case MULTIPLE_CHOICE -> ordered(field, (Collection<?>) value);
                        default -> value.toString();
                    });
        }
        return values;
    }

    private static List<String> ordered(FieldSpec field, Collection<?> picked) {
        List<String> ids = picked.stream().map(Object::toString).toList();
        List<String> out = new ArrayList<>();
        for (Choice choice : field.choices()) {
            if (ids.contains(choice.id())) {
                out.add(choice.id());
            }
        }
        return out;
    }
}
