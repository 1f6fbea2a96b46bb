package com.siteline.sdk;

import java.time.Period;
import java.util.Objects;

/**
 * How long a completed project's work of one trade (工种) stays under warranty (保修期), e.g. waterproofing five
 * years and the rest two: a repair job on that trade is in warranty until the project's completion plus the period.
 *
 * @param trade  stable id in kebab-case, unique within the variant
 * @param name   the trade in zh-CN and English
 * @param period the warranty period from the project's completion
 */
public record WarrantyTerm(String trade, LocalizedText name, Period period) {

    public WarrantyTerm {
        Objects.requireNonNull(trade, "trade");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
        if (trade.isBlank() || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("warranty term " + trade + " needs a trade and a positive period");
        }
    }

    public static WarrantyTerm of(String trade, String zhCn, String en, Period period) {
        return new WarrantyTerm(trade, LocalizedText.of(zhCn, en), period);
    }
}
