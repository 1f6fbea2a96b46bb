package com.siteline.survey.internal;

import com.siteline.search.SearchFields;
import com.siteline.search.SearchableType;
import org.springframework.stereotype.Component;

/** Surveys are found by what the customer wrote, their subject and customer; a hit opens the surveyed case. */
@Component
class SurveySearch implements SearchableType {

    @Override
    public String kind() {
        return "survey";
    }

    @Override
    public Class<?> entity() {
        return SurveyRequest.class;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String location(long id, Long parent) {
        return parent == null ? "surveys" : "issues/" + parent;
    }

    @Override
    public void declare(SearchFields fields) {
        fields.title("subject")
                .text("commentText", 2f)
                .text("customerName")
                .parent("issueId")
                .unit("businessUnitId")
                .recency("createdAt");
    }
}
