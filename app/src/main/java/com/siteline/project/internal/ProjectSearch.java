package com.siteline.project.internal;

import com.siteline.search.SearchFields;
import com.siteline.search.SearchableType;
import org.springframework.stereotype.Component;

/** Projects are found by name, address and customer. */
@Component
class ProjectSearch implements SearchableType {

    @Override
    public String kind() {
        return "project";
    }

    @Override
    public Class<?> entity() {
        return Project.class;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String location(long id, Long parent) {
        return "projects/" + id;
    }

    @Override
    public void declare(SearchFields fields) {
        fields.title("name")
                .text("address", 2f)
                .text("customerName")
                .sortable("createdAt")
                .unit("businessUnitId")
                .recency("createdAt");
    }
}
