/**
 * The complaint module: complaint handling in depth (seeds 001, 003) — the responsible and supporting teams of an
 * issue and their notes, its cause category and impacts, and compensation (补偿) approved by the level whose limit
 * covers the amount. The modules it may use are declared here (every named interface of each); Spring Modulith
 * verifies them (ModularityTest), and docs/architecture.md's table lists the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "issue",
            "issue :: *",
            "notification",
            "notification :: *",
            "organization",
            "organization :: *",
            "security",
            "security :: *",
            "sdk"
        })
package com.siteline.complaint;
