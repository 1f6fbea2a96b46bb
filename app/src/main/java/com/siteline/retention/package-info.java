/**
 * The retention module (保存期限, 档案管理规定): a period per record type (log entries, issues, projects, attachments,
 * portal events; the audit history is kept), after which the daily sweep archives a record (read-only, out of the
 * grids and the search, still in the figures and the audit history) or deletes it, except what a hold (保全) per
 * customer or project keeps; the list of what goes within a month for managers to hold. The modules it may use are
 * declared here (every named interface of each); Spring Modulith verifies them (ModularityTest), and
 * docs/architecture.md's table lists the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "audit",
            "audit :: *",
            "base",
            "organization",
            "organization :: *",
            "search",
            "search :: *",
            "security",
            "security :: *",
            "timer"
        })
package com.siteline.retention;
