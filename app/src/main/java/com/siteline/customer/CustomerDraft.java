package com.siteline.customer;

import com.siteline.base.InputField;
import com.siteline.sla.CustomerTier;
import com.siteline.sla.CustomerType;
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
        CustomerType type,
        Set<String> tags,
        Channel preferredChannel,
        String specialRequirements,
        String notes) {

    /** The draft's fields, as its form shows them and a refusal names them. */
    public enum Field implements InputField {
        BUSINESS_UNIT_ID,
        NAME,
        PHONE,
        PHONE2,
        WECHAT_ID,
        EMAIL,
        ADDRESS,
        TIER,
        TYPE,
        TAGS,
        PREFERRED_CHANNEL,
        SPECIAL_REQUIREMENTS,
        NOTES
    }

    public CustomerDraft {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** A draft that does not say the customer's type: an individual's (most customers are). */
    public CustomerDraft(
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
        this(
                businessUnitId,
                name,
                phone,
                phone2,
                wechatId,
                email,
                address,
                tier,
                CustomerType.INDIVIDUAL,
                tags,
                preferredChannel,
                specialRequirements,
                notes);
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
