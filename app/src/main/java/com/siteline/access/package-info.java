/**
 * Record-access requests (查阅申请): a user asks to read a customer or project record of another business unit
 * for a reason and a period; that unit's manager approves or rejects; an approved grant is read-only,
 * time-boxed, revocable, checked on every read and logged at each use.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "audit",
            "audit :: *",
            "base",
            "communication",
            "communication :: *",
            "customer",
            "customer :: *",
            "issue",
            "issue :: *",
            "notification",
            "notification :: *",
            "organization",
            "organization :: *",
            "plugin",
            "plugin :: *",
            "project",
            "project :: *",
            "sdk",
            "sla",
            "sla :: *"
        })
package com.siteline.access;
