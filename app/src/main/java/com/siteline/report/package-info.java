/**
 * The report module. The modules it may use are declared here (every named interface of each); Spring Modulith
 * verifies them (ModularityTest), and docs/architecture.md's table lists the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "timer",
            "training",
            "training :: *",
            "timer :: *",
            "audit",
            "audit :: *",
            "base",
            "followup",
            "job",
            "job :: *",
            "followup :: *",
            "improvement",
            "improvement :: *",
            "issue",
            "issue :: *",
            "obligation",
            "obligation :: *",
            "organization",
            "organization :: *",
            "plan",
            "plan :: *",
            "plugin",
            "plugin :: *",
            "sdk",
            "security",
            "security :: *",
            "sla",
            "sla :: *",
            "survey",
            "survey :: *"
        })
package com.siteline.report;
