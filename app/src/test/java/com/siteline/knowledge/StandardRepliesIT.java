package com.siteline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.organization.RunAs;
import com.siteline.portal.PortalArticles;
import com.siteline.portal.PortalSession;
import com.siteline.sdk.IssueType;
import com.siteline.testsupport.PortalFixture;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Standard replies and articles on MariaDB with the demo: a reply with an unknown placeholder refused at its field,
 * nothing stored; placeholders filled from the record, a missing value said and left as written, and an answer that
 * still holds it refused; the picker's order (the category's first, then the most used) and its Chinese words; uses
 * counted; the portal shows the customer's unit's public articles only.
 */
@SitelineSpringTest
class StandardRepliesIT {

    @Autowired
    StandardReplies replies;

    @Autowired
    CommunicationService communications;

    @Autowired
    PortalArticles portalArticles;

    @Autowired
    PortalFixture ground;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void placeholdersAreFilledAndAMissingValueIsSaidNeverSentBlank() {
        long unit = fixture.unit("EAST-PAINT");
        String marker = WorkspaceFixture.marker();
        long before = jdbc.queryForObject("select count(*) from standard_reply", Long.class);
        assertThatThrownBy(() -> as.user(
                        "manager",
                        () -> replies.save(
                                null,
                                -1,
                                new ReplyDraft(
                                        unit, null, "回访" + marker, "{customer}您好，{price}元", null, null, null, null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.named())
                                .extracting(p -> p.field(), p -> p.key())
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        ReplyDraft.Field.BODY_ZH, "knowledge.error.placeholder")));
        assertThat(jdbc.queryForObject("select count(*) from standard_reply", Long.class))
                .isEqualTo(before);

        ReplyView reply = as.user(
                "manager",
                () -> replies.save(
                        null,
                        -1,
                        new ReplyDraft(
                                unit,
                                "exterior-painting",
                                "进度说明" + marker,
                                "{customer}您好，{project}目前在{stage}阶段，{deadline}前答复。{agent}",
                                "Dear {customer}, {project} is at {stage}. {agent}",
                                IssueType.ENQUIRY,
                                "schedule",
                                null)));
        ReplyContext context = new ReplyContext("王先生", "7 号楼外立面", "施工", null, null);
        FilledReply zh = as.user("agent", () -> replies.fill(reply.id(), context, Locale.SIMPLIFIED_CHINESE));
        assertThat(zh.text()).isEqualTo("王先生您好，7 号楼外立面目前在施工阶段，{deadline}前答复。李娜");
        assertThat(zh.missing()).containsExactly(ReplyContext.Placeholder.DEADLINE);
        FilledReply en = as.user("agent", () -> replies.fill(reply.id(), context, Locale.ENGLISH));
        assertThat(en.text()).isEqualTo("Dear 王先生, 7 号楼外立面 is at 施工. 李娜");
        assertThat(en.complete()).isTrue();

        long customer = fixture.customer("EAST-PAINT", "回复客户 " + marker).id();
        long entries = jdbc.queryForObject("select count(*) from communication", Long.class);
        assertThatThrownBy(() -> as.user(
                        "agent",
                        () -> communications.record(new NewLogEntry(
                                customer,
                                null,
                                null,
                                Instant.now().minusSeconds(60),
                                null,
                                Channel.PHONE,
                                "业主",
                                zh.text(),
                                null,
                                null,
                                false))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.named()).extracting(p -> p.key()).containsExactly("log.error.unfilled"));
        assertThat(jdbc.queryForObject("select count(*) from communication", Long.class))
                .isEqualTo(entries);
    }

    @Test
    void theCategorysRepliesComeFirstThenTheMostUsedAndUsesAreCounted() {
        long unit = fixture.unit("EAST-PAINT");
        List<ReplyView> all =
                as.user("agent", () -> replies.suggest(unit, "exterior-painting", null, "quality-acceptance", ""));
        assertThat(all).isNotEmpty();
        assertThat(all.getFirst().categoryId()).isEqualTo("quality-acceptance");
        int firstOther = all.stream()
                .map(ReplyView::categoryId)
                .toList()
                .indexOf(all.stream()
                        .map(ReplyView::categoryId)
                        .filter(c -> !"quality-acceptance".equals(c))
                        .findFirst()
                        .orElse(null));
        List<ReplyView> others = firstOther < 0 ? List.of() : all.subList(firstOther, all.size());
        assertThat(others).allMatch(r -> !"quality-acceptance".equals(r.categoryId()));
        assertThat(others.stream().map(ReplyView::useCount).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // Chinese words through the index (or its fallback)
        assertThat(as.user("agent", () -> replies.suggest(unit, "exterior-painting", null, null, "色差")))
                .extracting(ReplyView::title)
                .contains("色差投诉首次回复");
        // another unit's replies are not offered to a user outside it
        long property = fixture.unit("BJ-PROPERTY");
        assertThat(as.user("agent", () -> replies.suggest(property, null, null, null, "")))
                .isEmpty();

        ReplyView picked = all.getFirst();
        as.user("agent", () -> replies.used(picked.id()));
        assertThat(jdbc.queryForObject("select use_count from standard_reply where id = ?", Integer.class, picked.id()))
                .isEqualTo(picked.useCount() + 1);
    }

    @Test
    void thePortalShowsOnlyThePublicArticlesOfTheCustomersUnit() {
        long owner = jdbc.queryForObject(
                "select min(c.id) from customer c join business_unit u on u.id = c.business_unit_id"
                        + " where u.code = 'BJ-PROPERTY'",
                Long.class);
        PortalSession session = ground.signIn(owner, "manager");
        List<Long> expected = jdbc.queryForList(
                "select a.id from knowledge_article a join business_unit u on u.id = a.business_unit_id"
                        + " where u.code = 'BJ-PROPERTY' and a.public_article order by a.title",
                Long.class);
        assertThat(expected).isNotEmpty();
        assertThat(portalArticles.list(session)).extracting(ArticleView::id).containsExactlyElementsOf(expected);
        assertThat(jdbc.queryForObject(
                        "select count(*) from knowledge_article a join business_unit u on u.id = a.business_unit_id"
                                + " where u.code = 'BJ-PROPERTY' and not a.public_article",
                        Integer.class))
                .as("an internal article exists and is not shown")
                .isPositive();
    }
}
