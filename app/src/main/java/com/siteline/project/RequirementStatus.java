package com.siteline.project;

import com.siteline.sdk.LocalizedText;
import com.siteline.sdk.StageRequirement;

/**
 * One requirement of a stage and whether it is met.
 *
 * @param title  the form's or checklist's title; null for the customer sign-off (the UI names it)
 * @param detail what is still missing, as a message key (null when complete)
 */
public record RequirementStatus(StageRequirement requirement, LocalizedText title, boolean complete, String detail) {

    public boolean blocking() {
        return !complete && !requirement.optional();
    }
}
