package com.siteline.communication.internal;

import com.siteline.search.SearchFields;
import com.siteline.search.SearchableType;
import org.springframework.stereotype.Component;

/** Log entries are found by content, participants, outcome and place; a hit opens the customer's page. */
@Component
class LogSearch implements SearchableType {

    @Override
    public String kind() {
        return "log";
    }

    @Override
    public Class<?> entity() {
        return Communication.class;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String location(long id, Long parent) {
        return "customers/" + parent;
    }

    @Override
    public void declare(SearchFields fields) {
        fields.title("customerName")
                .text("content", 2f)
                .text("participants")
                .text("outcome")
                .text("place")
                .parent("customerId")
                .sortable("occurredAt")
                .unit("businessUnitId")
                .recency("occurredAt");
    }
}
