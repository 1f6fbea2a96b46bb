package com.siteline.knowledge.internal;

import com.siteline.search.SearchFields;
import com.siteline.search.SearchableType;
import org.springframework.stereotype.Component;

/** Standard replies are found by their title and words (the picker's search, and the header's); a hit opens them. */
@Component
class ReplySearch implements SearchableType {

    @Override
    public String kind() {
        return "reply";
    }

    @Override
    public Class<?> entity() {
        return StandardReply.class;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String location(long id, Long parent) {
        return "knowledge";
    }

    @Override
    public void declare(SearchFields fields) {
        fields.title("title")
                .text("bodyZh")
                .text("bodyEn")
                .unit("businessUnitId")
                .recency("changedAt");
    }
}
