package com.siteline.project.internal;

import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectTeam;
import com.siteline.sla.CustomerTier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A few projects of each variant for the quick start, only in the {@code demo} profile and only into an empty table. */
@Component
@Profile("demo")
@Order(1)
class DemoProjectData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProjectData.class);

    private record Demo(
            String unitCode,
            String variant,
            String name,
            String customer,
            String address,
            String phone,
            String pm,
            String value,
            int startInDays,
            int days) {}

    private static final List<Demo> PROJECTS = List.of(
            new Demo(
                    "EAST-PAINT",
                    "exterior-painting",
                    "绿地香树花城 7 号楼外立面翻新",
                    "绿地物业 王经理",
                    "上海市嘉定区墨玉南路 888 弄 7 号楼",
                    "13901760001",
                    "manager",
                    "860000",
                    -20,
                    75),
            new Demo(
                    "EAST-PAINT",
                    "exterior-painting",
                    "苏州工业园区厂房外墙新建涂装",
                    "恒瑞精密 采购部 孙工",
                    "苏州市工业园区星湖街 328 号",
                    "13801820002",
                    "manager",
                    "1250000",
                    10,
                    60),
            new Demo(
                    "SH-HOME",
                    "home-decoration",
                    "静安寺公寓 12-1803 全屋翻新",
                    "刘女士",
                    "上海市静安区南京西路 1788 号",
                    "13916550003",
                    "pm",
                    "386000",
                    -35,
                    90),
            new Demo(
                    "SH-HOME",
                    "home-decoration",
                    "古北新区 3-502 厨卫改造",
                    "张先生",
                    "上海市长宁区黄金城道 600 弄 3 号",
                    "13764120004",
                    "pm",
                    "128000",
                    -5,
                    40),
            new Demo(
                    "BJ-PROPERTY",
                    "property-management",
                    "12-2-1503 卫生间漏水维修",
                    "陈阿姨",
                    "滨江花园 12 栋 2 单元 1503",
                    "13661880005",
                    "manager",
                    "680",
                    -2,
                    3),
            new Demo(
                    "BJ-PROPERTY",
                    "property-management",
                    "5-1-0802 家政深度保洁",
                    "赵先生",
                    "滨江花园 5 栋 1 单元 802",
                    "13817730006",
                    "manager",
                    "1200",
                    3,
                    1));

    private final ProjectRepository repository;
    private final ProjectService projects;
    private final OrganizationService organization;
    private final CustomerService customers;

    private final RunAs as;

    DemoProjectData(
            ProjectRepository repository,
            ProjectService projects,
            OrganizationService organization,
            CustomerService customers,
            RunAs as) {
        this.as = as;
        this.customers = customers;
        this.repository = repository;
        this.projects = projects;
        this.organization = organization;
    }

    @Override
    public void run(ApplicationArguments args) {
        as.user("admin", this::create);
    }

    private void create() {
        if (repository.count() > 0) {
            return;
        }
        List<BusinessUnitSummary> units = organization.businessUnitsOf("admin");
        for (Demo demo : PROJECTS) {
            units.stream()
                    .filter(u ->
                            u.code().equals(demo.unitCode()) && u.pluginIds().contains(demo.variant()))
                    .findFirst()
                    .filter(u -> projects.variantsFor(u.id()).stream().anyMatch(v -> v.id().equals(demo.variant())))
                    .ifPresent(u -> {
                        CustomerDetails customer = customers.samePhone(demo.phone(), null).stream()
                                .findFirst()
                                .orElseGet(() -> customers.create(new CustomerDraft(
                                        u.id(),
                                        demo.customer(),
                                        demo.phone(),
                                        null,
                                        null,
                                        null,
                                        demo.address(),
                                        demo.value().length() > 6 ? CustomerTier.VIP : CustomerTier.STANDARD,
                                        java.util.Set.of(),
                                        Channel.WECHAT,
                                        null,
                                        null)));
                        LocalDate start = LocalDate.now().plusDays(demo.startInDays());
                        projects.create(new NewProject(
                                demo.name(),
                                demo.customer(),
                                demo.address(),
                                u.id(),
                                demo.variant(),
                                customer.id(),
                                new ProjectTeam(
                                        demo.pm(),
                                        null,
                                        "agent",
                                        new BigDecimal(demo.value()),
                                        start,
                                        start.plusDays(demo.days()),
                                        start.isBefore(LocalDate.now()) ? start : null,
                                        null)));
                    });
        }
        log.info("Demo projects created: {}", repository.count());
    }
}
