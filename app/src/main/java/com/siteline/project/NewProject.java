package com.siteline.project;

import com.siteline.base.InputField;

/**
 * What it takes to open a project. With a customer id the project belongs to that customer record
 * (of the same business unit) and takes its name.
 */
public record NewProject(
        String name,
        String customerName,
        String address,
        long businessUnitId,
        String variantId,
        Long customerId,
        ProjectTeam team) {

    /** The fields of a new project, as its form shows them and a refusal names them. */
    public enum Field implements InputField {
        NAME,
        CUSTOMER_NAME,
        ADDRESS,
        BUSINESS_UNIT_ID,
        VARIANT_ID,
        CUSTOMER_ID,
        TEAM
    }

    public NewProject {
        team = team == null ? ProjectTeam.none() : team;
    }

    public NewProject(String name, String customerName, String address, long businessUnitId, String variantId) {
        this(name, customerName, address, businessUnitId, variantId, null, ProjectTeam.none());
    }
}
