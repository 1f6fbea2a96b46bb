/**
 * Audit history: every change of customers, projects (and their forms, checklists, sign-offs, stages,
 * attachments), issues, log entries, response-time rules, calendars, business units, teams, users and plugin
 * state, recorded by who, when, from where, old to new per field; append-only and hash-chained.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "organization",
            "organization :: *",
            "sla",
            "sla :: *",
            "plugin",
            "plugin :: *",
            "sdk"
        })
package com.siteline.audit;
