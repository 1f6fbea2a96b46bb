package com.siteline.knowledge.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.hibernate.annotations.Filter;

/** A knowledge article of a unit. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "knowledge_article")
public class KnowledgeArticle extends AbstractEntity {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(length = 400)
    private String categories;

    @Column(name = "public_article", nullable = false)
    private boolean publicArticle;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected KnowledgeArticle() {}

    public KnowledgeArticle(long businessUnitId) {
        this.businessUnitId = businessUnitId;
    }

    public void set(
            String title, String body, Collection<String> categories, boolean publicArticle, String by, Instant at) {
        this.title = title;
        this.body = body;
        this.categories = categories.isEmpty()
                ? null
                : String.join(",", categories.stream().sorted().toList());
        this.publicArticle = publicArticle;
        this.changedBy = by;
        this.changedAt = at;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public List<String> getCategories() {
        return categories == null ? List.of() : Arrays.asList(categories.split(","));
    }

    public boolean isPublicArticle() {
        return publicArticle;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
