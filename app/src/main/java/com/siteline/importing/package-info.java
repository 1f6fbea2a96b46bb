/**
 * Import (导入) of the customers, projects and past issues a company already has, from .xlsx or .csv (UTF-8 or
 * GBK): a template per kind, a column mapping remembered per user, a preview, every row checked with the rules of
 * the forms, all-or-nothing or valid rows only, duplicates skipped or updated, an error file, a history.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "customer",
            "customer :: *",
            "issue",
            "issue :: *",
            "organization",
            "organization :: *",
            "project",
            "project :: *",
            "sdk",
            "sla",
            "sla :: *"
        })
package com.siteline.importing;
