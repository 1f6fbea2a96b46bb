package com.siteline.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.testsupport.MariaDbTestDatabase;
import com.siteline.testsupport.SitelineSpringTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** On the real MariaDB: Flyway builds the schema in a fresh database and the data round-trips. */
@SitelineSpringTest
class OrganizationPersistenceIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationService organization;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    RunAs as;

    @Test
    void flywayMigratedAFreshMariaDbDatabase() {
        assertThat(jdbc.queryForObject("select version()", String.class)).containsIgnoringCase("mariadb");
        assertThat(jdbc.queryForObject("select database()", String.class))
                .isEqualTo(MariaDbTestDatabase.url()
                        .substring(MariaDbTestDatabase.url().lastIndexOf('/') + 1));
        List<Map<String, Object>> history = jdbc.queryForList(
                "select version, success from flyway_schema_history where version is not null order by installed_rank");
        assertThat(history)
                .extracting(row -> row.get("version"))
                .startsWith("0.1", "1")
                .contains("2", "3");
        assertThat(history).allSatisfy(row -> assertThat(row.get("success")).isIn(true, 1, (byte) 1));
        assertThat(jdbc.queryForObject(
                        "select default_character_set_name from information_schema.schemata "
                                + "where schema_name = database()",
                        String.class))
                .isEqualTo("utf8mb4");
    }

    @Test
    void aBusinessUnitAndAUserRoundTripWithChineseText() {
        as.system(() ->
                organization.createBusinessUnit("IT-RT", "苏州园区外墙项目部", List.of("exterior-painting", "home-decoration")));
        as.system(() -> organization.createUser(
                "it-roundtrip", "测试客服 赵敏", "correct-horse", Set.of(Role.AGENT, Role.MANAGER), List.of("IT-RT")));
        as.user("it-roundtrip", () -> organization.changeLocale(Locale.ENGLISH));

        UserAccount account = organization.findAccount("it-roundtrip").orElseThrow();
        assertThat(account.displayName()).isEqualTo("测试客服 赵敏");
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.MANAGER);
        assertThat(account.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(account.passwordHash()).startsWith("{bcrypt}").doesNotContain("correct-horse");
        assertThat(passwordEncoder.matches("correct-horse", account.passwordHash()))
                .isTrue();
        assertThat(organization.businessUnitsOf("it-roundtrip")).singleElement().satisfies(unit -> {
            assertThat(unit.name()).isEqualTo("苏州园区外墙项目部");
            assertThat(unit.pluginIds()).containsExactly("exterior-painting", "home-decoration");
        });
    }

    @Test
    void businessUnitCodesAreUnique() {
        as.system(() -> organization.createBusinessUnit("IT-DUP", "重复编码测试", List.of()));
        // refused with the field's message before the database's unique index would have to say it
        assertThatThrownBy(() -> as.system(() -> organization.createBusinessUnit("IT-DUP", "重复编码测试二", List.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("admin.units.error.code-taken"));
        assertThat(organization.businessUnits())
                .filteredOn(u -> u.code().equals("IT-DUP"))
                .singleElement()
                .extracting(BusinessUnitSummary::name)
                .isEqualTo("重复编码测试");
        // and the database keeps codes unique even for a write that bypasses the service
        assertThatThrownBy(() -> jdbc.update(
                        "insert into business_unit (code, name, created_at) values (?, ?, now())", "IT-DUP", "绕过服务"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aShortPasswordIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> as.system(
                        () -> organization.createUser("it-short", "短密码", "short", Set.of(Role.AGENT), List.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("admin.users.error.password"));
        assertThat(organization.userExists("it-short")).isFalse();
    }
}
