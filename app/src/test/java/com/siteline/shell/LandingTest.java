package com.siteline.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.organization.Role;
import com.siteline.shell.internal.Landing;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LandingTest {

    @Test
    void eachRoleHasItsLandingView() {
        assertThat(Landing.routeFor(Set.of(Role.ADMIN))).isEqualTo("admin");
        assertThat(Landing.routeFor(Set.of(Role.MANAGER))).isEqualTo("overview");
        assertThat(Landing.routeFor(Set.of(Role.AGENT))).isEqualTo("inbox");
        assertThat(Landing.routeFor(Set.of(Role.PROJECT_MANAGER))).isEqualTo("worklist");
        assertThat(Landing.routeFor(Set.of(Role.TECHNICIAN))).isEqualTo("my-jobs");
    }

    @Test
    void theMostPowerfulRoleDecides() {
        assertThat(Landing.routeFor(EnumSet.allOf(Role.class))).isEqualTo("admin");
        assertThat(Landing.routeFor(Set.of(Role.MANAGER, Role.AGENT))).isEqualTo("overview");
        assertThat(Landing.routeFor(Set.of(Role.AGENT, Role.PROJECT_MANAGER))).isEqualTo("inbox");
    }
}
