package com.siteline.search.internal;

import com.siteline.search.SearchText;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/** Indexes only the digits of a phone number, so 139-0176-0001 is found by 01760001. */
final class DigitsBridge implements ValueBridge<String, String> {

    static final DigitsBridge INSTANCE = new DigitsBridge();

    @Override
    public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
        String digits = SearchText.digits(value);
        return digits.isEmpty() ? null : digits;
    }
}
