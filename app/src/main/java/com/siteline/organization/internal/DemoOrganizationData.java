package com.siteline.organization.internal;

import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.organization.Teams;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo business units and one user per role, only in the {@code demo} profile (the quick start).
 * Idempotent: what exists already is left alone, so restarts keep the data the demo user made.
 */
@Component
@Profile("demo")
@Order(0)
class DemoOrganizationData implements ApplicationRunner {

    static final String DEMO_PASSWORD = "siteline";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganizationData.class);

    private final OrganizationService organization;
    private final RunAs as;

    private final Teams teams;

    DemoOrganizationData(OrganizationService organization, RunAs as, Teams teams) {
        this.organization = organization;
        this.as = as;
        this.teams = teams;
    }

    @Override
    public void run(ApplicationArguments args) {
        // nobody is signed in at start, and the first administrator is made here: the system acts
        as.system(this::create);
    }

    private void create() {
        unit("EAST-PAINT", "华东外墙涂装事业部", List.of("exterior-painting"));
        unit("SH-HOME", "上海家装事业部", List.of("home-decoration"));
        unit("BJ-PROPERTY", "滨江花园物业服务中心", List.of("property-management"));
        List<String> all = List.of("EAST-PAINT", "SH-HOME", "BJ-PROPERTY");
        // people's names only: the header shows their role's title in the reader's language beside it
        user("admin", "王磊", Set.of(Role.ADMIN), all);
        user("manager", "陈静", Set.of(Role.MANAGER), all);
        user("agent", "李娜", Set.of(Role.AGENT), List.of("EAST-PAINT", "SH-HOME"));
        user("pm", "张伟", Set.of(Role.PROJECT_MANAGER), List.of("SH-HOME"));
        // the repair technicians (维修师傅) jobs are sent to, each with the phone written on their jobs
        user("tech", "赵建军", Set.of(Role.TECHNICIAN), List.of("BJ-PROPERTY", "SH-HOME"));
        organization.changeFieldDetails("tech", "13900001111", "电工,水电");
        user("tech2", "李强", Set.of(Role.TECHNICIAN), List.of("BJ-PROPERTY"));
        organization.changeFieldDetails("tech2", "13900002222", "水暖,防水");
        user("tech3", "周明", Set.of(Role.TECHNICIAN), List.of("SH-HOME"));
        organization.changeFieldDetails("tech3", "13900003333", "木工,油漆");
        team("EAST-PAINT", "外墙客服组", "manager", Set.of("agent"));
        team("SH-HOME", "家装客服一组", "manager", Set.of("agent", "pm"));
        // the teams a complaint's handling names as responsible (责任部门) or supporting (相关部门配合)
        team("EAST-PAINT", "施工一队", "manager", Set.of());
        team("SH-HOME", "工程部", "pm", Set.of());
        team("BJ-PROPERTY", "工程维修组", "manager", Set.of());
        team("BJ-PROPERTY", "客服中心", "manager", Set.of());
    }

    private void team(String unitCode, String name, String lead, Set<String> members) {
        long unit = organization.businessUnits().stream()
                .filter(u -> u.code().equals(unitCode))
                .findFirst()
                .orElseThrow()
                .id();
        if (teams.all().stream()
                .noneMatch(t -> t.businessUnitId() == unit && t.name().equals(name))) {
            teams.create(unit, name, lead, members);
            log.info("Demo team {} created", name);
        }
    }

    private void unit(String code, String name, List<String> plugins) {
        if (!organization.businessUnitExists(code)) {
            var unit = organization.createBusinessUnit(code, name, plugins);
            if (plugins.contains("property-management")) {
                // 滨江花园 is a residential estate: its quarterly service report, no work brief
                organization.changeUnit(
                        unit.id(), unit.version(), unit.pluginIds(), com.siteline.sdk.PremisesKind.RESIDENTIAL);
            }
            log.info("Demo business unit {} created", code);
        }
    }

    private void user(String username, String displayName, Set<Role> roles, List<String> units) {
        if (!organization.userExists(username)) {
            organization.createUser(username, displayName, DEMO_PASSWORD, roles, units);
            organization.changeEmail(username, username + "@siteline.example");
            log.info("Demo user {} created", username);
        }
    }
}
