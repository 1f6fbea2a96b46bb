package com.siteline.customer.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import com.siteline.customer.Channel;
import com.siteline.sla.CustomerTier;
import com.siteline.sla.CustomerType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** A customer record (客户档案) of one business unit. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.CUSTOMER)
@Table(name = "customer")
public class Customer extends AbstractEntity {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 40)
    private String phone;

    @Column(length = 40)
    private String phone2;

    @Column(name = "wechat_id", length = 60)
    private String wechatId;

    @Column(length = 120)
    private String email;

    @Column(length = 300)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CustomerTier tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type", nullable = false, length = 20)
    private CustomerType type = CustomerType.INDIVIDUAL;

    @Column(length = 300)
    private String tags;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel", nullable = false, length = 20)
    private Channel preferredChannel;

    @Column(name = "special_requirements", length = 1000)
    private String specialRequirements;

    @Column(length = 2000)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Customer() {}

    public Customer(long businessUnitId, Instant now) {
        this.businessUnitId = businessUnitId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPhone2() {
        return phone2;
    }

    public void setPhone2(String phone2) {
        this.phone2 = phone2;
    }

    public String getWechatId() {
        return wechatId;
    }

    public void setWechatId(String wechatId) {
        this.wechatId = wechatId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public CustomerTier getTier() {
        return tier;
    }

    public void setTier(CustomerTier tier) {
        this.tier = tier;
    }

    public CustomerType getType() {
        return type;
    }

    public void setType(CustomerType type) {
        this.type = type;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Channel getPreferredChannel() {
        return preferredChannel;
    }

    public void setPreferredChannel(Channel preferredChannel) {
        this.preferredChannel = preferredChannel;
    }

    public String getSpecialRequirements() {
        return specialRequirements;
    }

    public void setSpecialRequirements(String specialRequirements) {
        this.specialRequirements = specialRequirements;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }
}
