package com.siteline.job.internal;

import com.siteline.search.SearchFields;
import com.siteline.search.SearchableType;
import org.springframework.stereotype.Component;

/** Repair jobs are found by title, work done, materials and technician; a hit opens its issue. */
@Component
class JobSearch implements SearchableType {

    @Override
    public String kind() {
        return "job";
    }

    @Override
    public Class<?> entity() {
        return RepairJob.class;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String location(long id, Long parent) {
        return "issues/" + parent;
    }

    @Override
    public void declare(SearchFields fields) {
        fields.title("title")
                .text("workDone")
                .text("materials")
                .text("technician")
                .text("customerName")
                .parent("issueId")
                .unit("businessUnitId")
                .recency("createdAt");
    }
}
