package com.siteline.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leads on MariaDB: a bad lead refused field by field, nothing stored; a lead moves only forward, is lost only with a
 * reason; converting makes its customer in the same step and keeps its history, found from the customer.
 */
@SitelineSpringTest
class LeadsIT {

    @Autowired
    Leads leads;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLeadIsFollowedForwardAndItsConversionKeepsItsHistory() {
        long unit = fixture.unit("SH-HOME");
        long before = jdbc.queryForObject("select count(*) from sales_lead", Long.class);
        assertThatThrownBy(() -> as.user("agent", () -> leads.create(new NewLead(unit, " ", "abc", null, null, null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.named())
                                .extracting(p -> p.field())
                                .containsExactly(NewLead.Field.NAME, NewLead.Field.PHONE, NewLead.Field.SOURCE));
        assertThat(jdbc.queryForObject("select count(*) from sales_lead", Long.class))
                .isEqualTo(before);

        String name = "线索 " + WorkspaceFixture.marker();
        LeadView made = as.user(
                "agent", () -> leads.create(new NewLead(unit, name, "13711112222", "徐汇区 1 号", LeadSource.WEB, "厨房翻新")));
        LeadView contacted =
                as.user("agent", () -> leads.move(made.id(), made.version(), LeadStage.CONTACTED, "约周六量房"));
        assertThatThrownBy(() ->
                        as.user("agent", () -> leads.move(contacted.id(), contacted.version(), LeadStage.NEW, null)))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("lead.refused.stage"));
        assertThatThrownBy(() ->
                        as.user("agent", () -> leads.move(contacted.id(), contacted.version(), LeadStage.LOST, " ")))
                .isInstanceOf(InvalidInputException.class);
        LeadView quoted =
                as.user("agent", () -> leads.move(contacted.id(), contacted.version(), LeadStage.QUOTED, null));

        long customers = jdbc.queryForObject("select count(*) from customer", Long.class);
        LeadView won = as.user("agent", () -> leads.convert(quoted.id(), quoted.version()));
        assertThat(won.stage()).isEqualTo(LeadStage.WON);
        assertThat(won.customerId()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class))
                .isEqualTo(customers + 1);
        assertThat(jdbc.queryForMap("select name, phone, address, notes from customer where id = ?", won.customerId()))
                .containsEntry("name", name)
                .containsEntry("phone", "13711112222")
                .containsEntry("address", "徐汇区 1 号")
                .containsEntry("notes", "厨房翻新");
        assertThat(as.user("agent", () -> leads.ofCustomer(won.customerId()))
                        .orElseThrow()
                        .history())
                .extracting(LeadView.Step::stage)
                .containsExactly(LeadStage.NEW, LeadStage.CONTACTED, LeadStage.QUOTED, LeadStage.WON);
        assertThat(jdbc.queryForObject("select count(*) from lead_event where lead_id = ?", Integer.class, won.id()))
                .isEqualTo(4);
        assertThatThrownBy(() -> as.user("agent", () -> leads.convert(won.id(), won.version())))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("lead.refused.closed"));
    }
}
