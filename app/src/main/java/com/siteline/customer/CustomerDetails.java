package com.siteline.customer;

import com.siteline.sla.CustomerTier;
import com.siteline.sla.CustomerType;
import java.time.Instant;
import java.util.Set;

/** A customer record as the grid and the 360 page show it. */
public record CustomerDetails(
        long id,
        long version,
        long businessUnitId,
        String businessUnitName,
        String name,
        String phone,
        String phone2,
        String wechatId,
        String email,
        String address,
        CustomerTier tier,
        CustomerType type,
        Set<String> tags,
        Channel preferredChannel,
        String specialRequirements,
        String notes,
        Instant createdAt,
        Instant updatedAt) {

    public CustomerDraft toDraft() {
        return new CustomerDraft(
                businessUnitId,
                name,
                phone,
                phone2,
                wechatId,
                email,
                address,
                tier,
                type,
                tags,
                preferredChannel,
                specialRequirements,
                notes);
    }
}
