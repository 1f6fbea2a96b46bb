package com.siteline.followup.internal;

import com.siteline.search.SearchFields;
import com.siteline.search.SearchableType;
import org.springframework.stereotype.Component;

/** Return visits are found by subject, remarks, problems found and customer; a hit opens the customer. */
@Component
class VisitSearch implements SearchableType {

    @Override
    public String kind() {
        return "visit";
    }

    @Override
    public Class<?> entity() {
        return ReturnVisit.class;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String location(long id, Long parent) {
        return parent == null ? "return-visits" : "customers/" + parent;
    }

    @Override
    public void declare(SearchFields fields) {
        fields.title("subject")
                .text("customerName")
                .text("remarks")
                .text("problems")
                .parent("customerId")
                .unit("businessUnitId")
                .recency("createdAt");
    }
}
