/**
 * The knowledge module: standard replies (标准话术) with placeholders filled from the record, picked while answering and
 * counted, and knowledge articles linked to issue categories, the public ones read by customers in the portal. The
 * modules it may use are declared here (every named interface of each); Spring Modulith verifies them
 * (ModularityTest), and docs/architecture.md's table lists the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "organization",
            "organization :: *",
            "plugin",
            "plugin :: *",
            "sdk",
            "search",
            "search :: *",
            "security",
            "security :: *",
            "sla",
            "sla :: *"
        })
package com.siteline.knowledge;
