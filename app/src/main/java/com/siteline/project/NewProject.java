package com.siteline.project;

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

    public NewProject {
        team = team == null ? ProjectTeam.none() : team;
    }

    public NewProject(String name, String customerName, String address, long businessUnitId, String variantId) {
        this(name, customerName, address, businessUnitId, variantId, null, ProjectTeam.none());
    }
}
