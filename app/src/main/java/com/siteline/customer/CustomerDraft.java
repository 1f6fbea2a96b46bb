package com.siteline.customer;

import com.siteline.base.CustomerTier;
import java.util.Set;

/** What an agent enters for a customer record. */
public record CustomerDraft(
        long businessUnitId,
        String name,
        String phone,
        String phone2,
        String wechatId,
        String email,
        String address,
        CustomerTier tier,
        Set<String> tags,
        Channel preferredChannel,
        String specialRequirements,
        String notes) {

    public CustomerDraft {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    public static CustomerDraft of(long businessUnitId, String name, String phone) {
        return new CustomerDraft(
                businessUnitId,
                name,
                phone,
                null,
                null,
                null,
                null,
                CustomerTier.STANDARD,
                Set.of(),
                Channel.PHONE,
                null,
                null);
    }
}
