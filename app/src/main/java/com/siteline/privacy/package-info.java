/**
 * The privacy module (个人信息保护, PIPL): a customer's copy of their personal data as one archive, asked by staff
 * or by the customer in the portal; erasure requests decided by a manager, an approval anonymising the customer's
 * personal values in every table (found from the schema, so a new table is covered) and in the audit history
 * without breaking its chain. The modules it may use are declared here (every named interface of each); Spring
 * Modulith verifies them (ModularityTest), and docs/architecture.md's table lists the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "audit",
            "audit :: *",
            "base",
            "customer",
            "customer :: *",
            "notification",
            "notification :: *",
            "organization",
            "organization :: *",
            "search",
            "search :: *"
        })
package com.siteline.privacy;
