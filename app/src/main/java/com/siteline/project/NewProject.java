package com.siteline.project;

/** What it takes to open a project. */
public record NewProject(String name, String customerName, String address, long businessUnitId, String variantId) {
}
