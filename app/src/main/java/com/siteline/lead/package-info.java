/**
 * The lead module: leads (潜在顾客) of a unit with their source and stage, followed until they are won — converted into
 * a customer, their history kept on the customer's page — or lost with a reason. The modules it may use are declared
 * here (every named interface of each); Spring Modulith verifies them (ModularityTest), and docs/architecture.md's
 * table lists the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "customer",
            "customer :: *",
            "organization",
            "organization :: *",
            "security",
            "security :: *",
            "sla",
            "sla :: *"
        })
package com.siteline.lead;
