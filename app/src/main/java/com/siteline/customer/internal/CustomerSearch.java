package com.siteline.customer.internal;

import com.siteline.search.SearchFields;
import com.siteline.search.SearchableType;
import org.springframework.stereotype.Component;

/** Customers are found by name, phones (also by their digits), address, tags and notes. */
@Component
class CustomerSearch implements SearchableType {

    @Override
    public String kind() {
        return "customer";
    }

    @Override
    public Class<?> entity() {
        return Customer.class;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String location(long id, Long parent) {
        return "customers/" + id;
    }

    @Override
    public void declare(SearchFields fields) {
        fields.title("name")
                .pinyin("name")
                .phone("phone")
                .phone("phone2")
                .text("address", 2f)
                .text("tags")
                .text("notes")
                .sortable("createdAt")
                .unit("businessUnitId")
                .recency("updatedAt");
    }
}
