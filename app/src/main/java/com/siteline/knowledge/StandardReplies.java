package com.siteline.knowledge;

import com.siteline.base.Actors;
import com.siteline.base.InputProblems;
import com.siteline.base.RowVersion;
import com.siteline.base.grid.TextIndex;
import com.siteline.knowledge.internal.KnowledgeArticleRepository;
import com.siteline.knowledge.internal.StandardReply;
import com.siteline.knowledge.internal.StandardReplyRepository;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.siteline.sdk.IssueCategory;
import com.siteline.sdk.IssueType;
import com.siteline.sla.CoreIssueCategories;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Standard replies (标准话术, seed 002: 标准化的解答话术) of the user's units: kept by managers and administrators, in
 * zh-CN and optionally English, with placeholders ({@code {customer}}, {@code {project}}, {@code {stage}},
 * {@code {deadline}}, {@code {agent}}) filled from the record being answered; picked by typing (the search index's
 * words, Chinese included), those of the issue's category and the most used first; each use counted, a reply unused
 * {@link #REVIEW_AFTER_DAYS} days after it was written flagged for review. A placeholder the record has no value
 * for stays as written and is said: a reply is never sent with a blank.
 */
@Service
@Transactional(readOnly = true)
public class StandardReplies {

    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 2000;
    public static final int REVIEW_AFTER_DAYS = 90;
    /** How many replies the picker offers. */
    public static final int SUGGESTED = 20;

    private static final Pattern TOKEN = Pattern.compile("\\{([a-z_]+)}");

    private final StandardReplyRepository replies;
    private final KnowledgeArticleRepository articles;
    private final OrganizationService organization;
    private final VariantCatalog catalog;
    private final TextIndex index;
    private final Clock clock;

    StandardReplies(
            StandardReplyRepository replies,
            KnowledgeArticleRepository articles,
            OrganizationService organization,
            VariantCatalog catalog,
            TextIndex index,
            Clock clock) {
        this.replies = replies;
        this.articles = articles;
        this.organization = organization;
        this.catalog = catalog;
        this.index = index;
        this.clock = clock;
    }

    /** Every reply of the user's units, by unit and title. */
    public List<ReplyView> list() {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return replies.findAllByOrderByBusinessUnitIdAscTitleAsc().stream()
                .filter(r -> units.containsKey(r.getBusinessUnitId()))
                .map(r -> view(r, units))
                .toList();
    }

    /** The issue categories a unit's replies and articles may name: the core's, then its variants'. */
    public List<String> categoriesOf(long businessUnitId) {
        Set<String> ids = new LinkedHashSet<>(CoreIssueCategories.IDS);
        organization.businessUnits().stream()
                .filter(u -> u.id() == businessUnitId)
                .flatMap(u -> u.pluginIds().stream())
                .map(catalog::snapshot)
                .flatMap(Optional::stream)
                .forEach(
                        v -> v.issueCategories().stream().map(IssueCategory::id).forEach(ids::add));
        return List.copyOf(ids);
    }

    /**
     * Writes a new reply (id null) or changes one.
     *
     * @throws com.siteline.base.InvalidInputException naming each field to fix (an unknown placeholder in a text
     *     included); nothing is stored
     */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public ReplyView save(Long id, long expectedVersion, ReplyDraft draft) {
        String user = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(user);
        InputProblems problems = new InputProblems();
        Long unit = draft.businessUnitId();
        BusinessUnitSummary summary = unit == null || !units.containsKey(unit)
                ? null
                : organization.businessUnits().stream()
                        .filter(u -> u.id() == unit)
                        .findFirst()
                        .orElse(null);
        if (summary == null) {
            problems.add(ReplyDraft.Field.BUSINESS_UNIT_ID, "knowledge.error.unit");
        } else {
            if (draft.variantId() != null && !summary.pluginIds().contains(draft.variantId())) {
                problems.add(ReplyDraft.Field.VARIANT_ID, "knowledge.error.variant");
            }
            if (draft.categoryId() != null && !categoriesOf(unit).contains(draft.categoryId())) {
                problems.add(ReplyDraft.Field.CATEGORY_ID, "knowledge.error.category");
            }
            if (draft.articleId() != null
                    && articles.findById(draft.articleId())
                            .filter(a -> a.getBusinessUnitId() == unit)
                            .isEmpty()) {
                problems.add(ReplyDraft.Field.ARTICLE_ID, "knowledge.error.article");
            }
        }
        if (draft.title() == null || draft.title().isBlank()) {
            problems.add(ReplyDraft.Field.TITLE, "knowledge.error.title");
        }
        problems.maxLength(ReplyDraft.Field.TITLE, draft.title(), TITLE_MAX, "knowledge.error.title-length");
        if (draft.bodyZh() == null || draft.bodyZh().isBlank()) {
            problems.add(ReplyDraft.Field.BODY_ZH, "knowledge.error.body");
        } else if (!unknownTokens(draft.bodyZh()).isEmpty()) {
            problems.add(ReplyDraft.Field.BODY_ZH, "knowledge.error.placeholder");
        }
        problems.maxLength(ReplyDraft.Field.BODY_ZH, draft.bodyZh(), BODY_MAX, "knowledge.error.body-length");
        if (draft.bodyEn() != null && !unknownTokens(draft.bodyEn()).isEmpty()) {
            problems.add(ReplyDraft.Field.BODY_EN, "knowledge.error.placeholder");
        }
        problems.maxLength(ReplyDraft.Field.BODY_EN, draft.bodyEn(), BODY_MAX, "knowledge.error.body-length");
        problems.refuseIfAny();
        Instant now = clock.instant();
        StandardReply reply;
        if (id == null) {
            reply = new StandardReply(unit, now);
        } else {
            reply = replies.findById(id).orElseThrow(() -> new NoSuchElementException("no reply " + id));
            RowVersion.check(StandardReply.class, id, reply.getVersion(), expectedVersion);
        }
        reply.set(
                draft.variantId(),
                draft.title().strip(),
                draft.bodyZh().strip(),
                draft.bodyEn() == null || draft.bodyEn().isBlank()
                        ? null
                        : draft.bodyEn().strip(),
                draft.issueType(),
                draft.categoryId(),
                draft.articleId(),
                user,
                now);
        return view(replies.saveAndFlush(reply), units);
    }

    /** Removes a reply. */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public void delete(long id, long expectedVersion) {
        StandardReply reply = replies.findById(id).orElseThrow(() -> new NoSuchElementException("no reply " + id));
        RowVersion.check(StandardReply.class, id, reply.getVersion(), expectedVersion);
        replies.delete(reply);
    }

    /**
     * The replies for an answer in a unit: of the record's variant (or of none), of its issue type (or of none),
     * containing the words typed (none: all); those of the issue's category first, then the most used.
     */
    public List<ReplyView> suggest(
            long businessUnitId, String variantId, IssueType type, String categoryId, String words) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        if (!units.containsKey(businessUnitId)) {
            return List.of();
        }
        String text = words == null ? "" : words.strip();
        Optional<Set<Long>> found = text.isEmpty()
                ? Optional.empty()
                : index.containing(StandardReply.class, List.of("title", "bodyZh", "bodyEn"), text, 500)
                        .map(Set::copyOf);
        String lower = text.toLowerCase(Locale.ROOT);
        return replies.findByBusinessUnitIdOrderByUseCountDescIdAsc(businessUnitId).stream()
                .filter(r -> r.getVariantId() == null || Objects.equals(r.getVariantId(), variantId))
                .filter(r -> r.getIssueType() == null || type == null || r.getIssueType() == type)
                .filter(r -> text.isEmpty()
                        || found.map(ids -> ids.contains(r.getId())).orElseGet(() -> contains(r, lower)))
                .sorted(Comparator.comparing(
                        (StandardReply r) -> categoryId != null && categoryId.equals(r.getCategoryId()) ? 0 : 1))
                .limit(SUGGESTED)
                .map(r -> view(r, units))
                .toList();
    }

    private static boolean contains(StandardReply r, String lower) {
        return r.getTitle().toLowerCase(Locale.ROOT).contains(lower)
                || r.getBodyZh().toLowerCase(Locale.ROOT).contains(lower)
                || (r.getBodyEn() != null
                        && r.getBodyEn().toLowerCase(Locale.ROOT).contains(lower));
    }

    /**
     * A reply filled in for a record in a language (its English text when it has one and the language is English):
     * each placeholder replaced by the record's value, those without one left as written and named.
     */
    public FilledReply fill(long replyId, ReplyContext context, Locale locale) {
        StandardReply reply = replies.findById(replyId)
                .filter(r -> organization.unitNamesOf(Actors.current()).containsKey(r.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no reply " + replyId));
        String text =
                "en".equals(locale.getLanguage()) && reply.getBodyEn() != null ? reply.getBodyEn() : reply.getBodyZh();
        List<ReplyContext.Placeholder> missing = new ArrayList<>();
        Map<ReplyContext.Placeholder, String> values = new java.util.LinkedHashMap<>(context.values());
        // the answering user, unless the screen said otherwise
        values.computeIfAbsent(
                ReplyContext.Placeholder.AGENT, p -> organization.displayNames().get(Actors.current()));
        for (Map.Entry<ReplyContext.Placeholder, String> value : values.entrySet()) {
            String token = value.getKey().token();
            if (!text.contains(token)) {
                continue;
            }
            if (value.getValue() == null || value.getValue().isBlank()) {
                missing.add(value.getKey());
            } else {
                text = text.replace(token, value.getValue().strip());
            }
        }
        return new FilledReply(replyId, text, missing);
    }

    /** A stage's name in a language, for a reply's {@code {stage}} (null when the variant does not know it). */
    public String stageName(String variantId, String stageId, Locale locale) {
        if (variantId == null || stageId == null) {
            return null;
        }
        return catalog.snapshot(variantId)
                .flatMap(v -> v.stage(stageId))
                .map(s -> s.name().get(locale))
                .orElse(null);
    }

    /** A reply was used in an answer: counted. */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public void used(long replyId) {
        replies.findById(replyId)
                .filter(r -> organization.unitNamesOf(Actors.current()).containsKey(r.getBusinessUnitId()))
                .ifPresent(r -> {
                    r.used(clock.instant());
                    replies.saveAndFlush(r);
                });
    }

    /** The placeholders written in a text that are none of {@link ReplyContext.Placeholder}'s. */
    public static List<String> unknownTokens(String text) {
        List<String> unknown = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            String name = m.group(1).toUpperCase(Locale.ROOT);
            if (java.util.Arrays.stream(ReplyContext.Placeholder.values())
                    .noneMatch(p -> p.name().equals(name))) {
                unknown.add(m.group());
            }
        }
        return unknown;
    }

    /** Whether a text still holds a placeholder a reply left unfilled (an answer is not sent so). */
    public static boolean unfilled(String text) {
        return text != null
                && java.util.Arrays.stream(ReplyContext.Placeholder.values()).anyMatch(p -> text.contains(p.token()));
    }

    private ReplyView view(StandardReply r, Map<Long, String> units) {
        boolean review = r.getUseCount() == 0
                && r.getCreatedAt().isBefore(clock.instant().minus(Duration.ofDays(REVIEW_AFTER_DAYS)));
        return new ReplyView(
                r.getId(),
                r.getVersion(),
                r.getBusinessUnitId(),
                units.get(r.getBusinessUnitId()),
                r.getVariantId(),
                r.getTitle(),
                r.getBodyZh(),
                r.getBodyEn(),
                r.getIssueType(),
                r.getCategoryId(),
                r.getArticleId(),
                r.getUseCount(),
                r.getLastUsedAt(),
                review);
    }
}
