package com.siteline.knowledge.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import com.siteline.sdk.IssueType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** A standard reply (标准话术) of a unit. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "standard_reply")
public class StandardReply extends AbstractEntity {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "variant_id", length = 80)
    private String variantId;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(name = "body_zh", nullable = false, length = 2000)
    private String bodyZh;

    @Column(name = "body_en", length = 2000)
    private String bodyEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "issue_type", length = 20)
    private IssueType issueType;

    @Column(name = "category_id", length = 80)
    private String categoryId;

    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "use_count", nullable = false)
    private int useCount;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StandardReply() {}

    public StandardReply(long businessUnitId, Instant createdAt) {
        this.businessUnitId = businessUnitId;
        this.createdAt = createdAt;
    }

    public void set(
            String variantId,
            String title,
            String bodyZh,
            String bodyEn,
            IssueType issueType,
            String categoryId,
            Long articleId,
            String by,
            Instant at) {
        this.variantId = variantId;
        this.title = title;
        this.bodyZh = bodyZh;
        this.bodyEn = bodyEn;
        this.issueType = issueType;
        this.categoryId = categoryId;
        this.articleId = articleId;
        this.changedBy = by;
        this.changedAt = at;
    }

    public void used(Instant at) {
        this.useCount++;
        this.lastUsedAt = at;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getVariantId() {
        return variantId;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyZh() {
        return bodyZh;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public IssueType getIssueType() {
        return issueType;
    }

    public String getCategoryId() {
        return categoryId;
    }

    public Long getArticleId() {
        return articleId;
    }

    public int getUseCount() {
        return useCount;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
