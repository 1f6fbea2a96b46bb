package com.siteline.search.internal;

import com.siteline.search.SearchText;
import java.util.function.UnaryOperator;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/** What a text property is indexed as: its folded form, the digits of a phone, or a name's pinyin initials. */
final class TextBridge implements ValueBridge<String, String> {

    /** The folded text ({@link SearchText#normalize}), the form queries are written in. */
    static final TextBridge FOLD = new TextBridge(SearchText::normalize);
    /** Only the digits, so 139-0176-0001 is found by 01760001. */
    static final TextBridge DIGITS = new TextBridge(SearchText::digits);
    /** The digits backwards (13901234567 → 76543210931): a number's tail is the start of this keyword. */
    static final TextBridge TAIL = new TextBridge(
            text -> new StringBuilder(SearchText.digits(text)).reverse().toString());
    /** The pinyin initials of a name (张伟 → zw). */
    static final TextBridge PINYIN = new TextBridge(Pinyin::initials);

    private final UnaryOperator<String> form;

    private TextBridge(UnaryOperator<String> form) {
        this.form = form;
    }

    @Override
    public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
        String indexed = value == null ? "" : form.apply(value);
        return indexed.isEmpty() ? null : indexed;
    }
}
