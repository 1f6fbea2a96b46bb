package com.siteline.search.internal;

import com.siteline.search.SearchText;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/** Indexes a text in its folded form ({@link SearchText#normalize}), the form queries are written in. */
final class FoldBridge implements ValueBridge<String, String> {

    static final FoldBridge INSTANCE = new FoldBridge();

    @Override
    public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
        return value == null ? null : SearchText.normalize(value);
    }
}
