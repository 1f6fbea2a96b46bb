package com.siteline.complaint;

import com.siteline.base.InputField;
import java.math.BigDecimal;

/** A compensation (补偿) proposed on an issue: the amount in yuan and the reason. */
public record NewCompensation(Long issueId, BigDecimal amount, String reason) {

    public enum Field implements InputField {
        ISSUE_ID,
        AMOUNT,
        REASON
    }
}
