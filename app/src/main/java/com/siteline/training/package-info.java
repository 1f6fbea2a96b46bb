/**
 * The training module: training sessions (内部培训) with their attendees' attendance and test or sign-off, each
 * staff member's training record, a session as an improvement action's measure, and the trainings beside each
 * handler's KPI scores. The modules it may use are declared here (every named interface of each); Spring Modulith
 * verifies them (ModularityTest), and docs/architecture.md's table lists the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "improvement",
            "improvement :: *",
            "organization",
            "organization :: *",
            "security",
            "security :: *",
            "sla",
            "sla :: *"
        })
package com.siteline.training;
