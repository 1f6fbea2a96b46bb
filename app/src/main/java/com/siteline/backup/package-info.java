/**
 * The backup module (定期备份): the database backed up with its server's own tool, daily and before every schema
 * migration, each backup checked after writing and kept by a retention rule; the administrators' list with a
 * backup on demand and the restore procedure ({@code admin/backups}); {@link com.siteline.backup.Restore}, behind
 * {@code ./siteline restore FILE}. The modules it may use are declared here (every named interface of each); Spring
 * Modulith verifies them (ModularityTest), and docs/architecture.md's table lists the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"audit", "audit :: *", "base", "organization", "organization :: *", "timer"})
package com.siteline.backup;
