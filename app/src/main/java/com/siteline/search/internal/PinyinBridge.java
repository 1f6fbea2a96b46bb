package com.siteline.search.internal;

import com.siteline.search.Pinyin;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/** Indexes the pinyin initials of a name (张伟 → zw). */
final class PinyinBridge implements ValueBridge<String, String> {

    static final PinyinBridge INSTANCE = new PinyinBridge();

    @Override
    public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
        String initials = Pinyin.initials(value);
        return initials.isEmpty() ? null : initials;
    }
}
