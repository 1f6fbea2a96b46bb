package com.siteline.plan.ui;

import com.siteline.base.ui.RecordSection;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plan.CommunicationPlans;
import com.siteline.plan.PlanTasks;
import com.siteline.project.ProjectService;
import com.siteline.security.CurrentUser;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The communication plan's part of the project page. */
@Configuration(proxyBeanMethods = false)
class PlanSections {

    @Bean
    RecordSection projectPlanSection(
            CommunicationPlans plans,
            PlanTasks tasks,
            ProjectService projects,
            OrganizationService organization,
            CurrentUser user) {
        return RecordSection.at(
                RecordSection.Page.PROJECT,
                30,
                projectId -> Optional.of(new ProjectPlanSection(
                        plans,
                        tasks,
                        projects,
                        organization,
                        user.username().orElseThrow(),
                        user.hasRole(Role.MANAGER),
                        projectId)));
    }
}
