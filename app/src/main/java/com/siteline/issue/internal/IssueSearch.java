package com.siteline.issue.internal;

import com.siteline.search.SearchFields;
import com.siteline.search.SearchableType;
import org.springframework.stereotype.Component;

/** Issues are found by number, title, description, root cause, resolution and tags. */
@Component
class IssueSearch implements SearchableType {

    @Override
    public String kind() {
        return "issue";
    }

    @Override
    public Class<?> entity() {
        return CustomerIssue.class;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String location(long id, Long parent) {
        return "issues/" + id;
    }

    @Override
    public void declare(SearchFields fields) {
        fields.title("title")
                .text("customerName")
                .text("description")
                .text("rootCause")
                .text("resolution")
                .text("tags")
                .numbered()
                .sortable("createdAt", "updatedAt")
                .unit("businessUnitId")
                .recency("updatedAt");
    }
}
