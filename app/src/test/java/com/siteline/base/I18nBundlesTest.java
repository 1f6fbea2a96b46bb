package com.siteline.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.organization.Role;
import com.siteline.plugin.PluginStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Guards "no hard-coded UI strings outside bundles" and keeps the two languages in step. */
class I18nBundlesTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|super|title\\s*=)\\s*\\(?\\s*\"([a-z][a-zA-Z0-9_.-]*[a-zA-Z0-9])\"\\s*[,)]");
    /** Keys handed around as values (e.g. a service's "what is missing" key), found anywhere in the sources. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:survey-template|portal|access|audit|kpi|report|overview|documents|schedules|form|project|projects|checklist|calendar|calendars|attachment|rules|customer|customers|customer360|issue|log|grid|inbox|communications|conflict|sla|notification)\\.[a-z][a-zA-Z0-9.-]*[a-zA-Z0-9])\"");
    private static final Pattern CJK = Pattern.compile("\"[^\"\\n]*[\\u4e00-\\u9fff][^\"\\n]*\"");
    private static final Pattern LITERAL_UI_TEXT = Pattern.compile(
            "(?:new (?:Button|Span|H1|H2|H3|H4|Paragraph|ListItem|Notification)|\\.set(?:Text|Label|Header|Title|Placeholder|HelperText|TooltipText))\\(\"[^\"]*[A-Za-z]{2,}[^\"]*\"");

    private final ResourceBundle zh = SitelineI18NProvider.bundle(Locale.SIMPLIFIED_CHINESE);
    private final ResourceBundle en = SitelineI18NProvider.bundle(Locale.ENGLISH);

    @Test
    void englishCountsOneOfSomethingOnce() {
        SitelineI18NProvider i18n = new SitelineI18NProvider();
        assertThat(i18n.getTranslation("grid.total", Locale.ENGLISH, 1)).isEqualTo("1 row");
        assertThat(i18n.getTranslation("grid.total", Locale.ENGLISH, 21)).isEqualTo("21 rows");
        assertThat(i18n.getTranslation("visit.offset.months", Locale.ENGLISH, 1)).isEqualTo("1 month after completion");
        assertThat(i18n.getTranslation("audit.verify.progress", Locale.ENGLISH, 1)).isEqualTo("1 entry checked");
        assertThat(i18n.getTranslation("grid.total", Locale.SIMPLIFIED_CHINESE, 1)).isEqualTo("共 1 条");
        assertThat(SitelineI18NProvider.singular("11 rows, 0.1 days, 2,001 issues", Locale.ENGLISH))
                .isEqualTo("11 rows, 0.1 days, 2,001 issues");
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() {
        assertThat(new TreeSet<>(en.keySet())).isEqualTo(new TreeSet<>(zh.keySet()));
        for (String key : zh.keySet()) {
            assertThat(zh.getString(key)).as("zh-CN " + key).isNotBlank();
            assertThat(en.getString(key)).as("en " + key).isNotBlank();
        }
        assertThat(zh.getString("nav.inbox")).isNotEqualTo(en.getString("nav.inbox"));
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path source : javaSources()) {
            String text = Files.readString(source);
            for (Pattern pattern : List.of(KEY_USE, KEY_LITERAL)) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        for (Role role : Role.values()) {
            used.add("role." + role.name());
        }
        for (PluginStatus.State state : PluginStatus.State.values()) {
            used.add("plugins.state." + state.name().toLowerCase());
        }
        for (com.siteline.sdk.Checker checker : com.siteline.sdk.Checker.values()) {
            used.add("checklist.checker." + checker.name());
        }
        for (com.siteline.project.CheckStatus status : com.siteline.project.CheckStatus.values()) {
            used.add("checklist.status." + status.name());
        }
        for (com.siteline.sla.CalendarDay.Kind kind : com.siteline.sla.CalendarDay.Kind.values()) {
            used.add("calendars.kind." + kind.name());
        }
        for (com.siteline.sdk.IssueType type : com.siteline.sdk.IssueType.values()) {
            used.add("issue.type." + type.name());
        }
        for (com.siteline.sdk.Urgency urgency : com.siteline.sdk.Urgency.values()) {
            used.add("issue.urgency." + urgency.name());
        }
        CoreIssueCategories.IDS.forEach(id -> used.add("issue.category." + id));
        for (com.siteline.base.CustomerTier tier : com.siteline.base.CustomerTier.values()) {
            used.add("customer.tier." + tier.name());
        }
        for (com.siteline.customer.Channel channel : com.siteline.customer.Channel.values()) {
            used.add("channel." + channel.name());
        }
        for (com.siteline.issue.IssueStatus status : com.siteline.issue.IssueStatus.values()) {
            used.add("issue.status." + status.name());
            status.next().forEach(next -> used.add("issue.step." + next.name()));
        }
        for (com.siteline.issue.Verdict verdict : com.siteline.issue.Verdict.values()) {
            used.add("issue.verdict." + verdict.name());
        }
        for (String kind : List.of("FIRST_RESPONSE", "NEXT_UPDATE", "RESOLUTION")) {
            used.add("sla.kind." + kind);
        }
        for (String state : List.of("breached", "nearing", "on-track", "paused")) {
            used.add("sla.state." + state);
        }
        for (String kind : List.of("SLA_WARNING", "SLA_BREACH", "SLA_ESCALATION", "PROMISE_DUE")) {
            used.add("notification.kind." + kind);
        }
        for (String state : List.of("open", "overdue", "kept")) {
            used.add("log.promise." + state);
        }
        AppLocales.SUPPORTED.forEach(locale -> used.add("language." + locale.getLanguage()));
        com.siteline.portal.PortalEvent.KINDS.forEach(kind -> used.add(
                new com.siteline.portal.PortalEvent(null, kind, null, null, null).messageKey()));
        for (String state : List.of("DRAFT", "PENDING", "CONFIRMED", "REJECTED", "WITHDRAWN")) {
            used.add("portal.state." + state);
            used.add("portal.staff.state." + state);
        }
        for (com.siteline.portal.PortalViews.Need.Kind kind : com.siteline.portal.PortalViews.Need.Kind.values()) {
            used.add("portal.need." + kind.name());
        }
        for (com.siteline.issue.IssueStatus status : com.siteline.issue.IssueStatus.values()) {
            used.add("portal.issue.state." + com.siteline.portal.ui.PortalStates.of(status));
        }
        used.add("issue.channel.staff");
        used.add("issue.channel." + com.siteline.issue.CustomerIssues.CHANNEL);
        com.siteline.issue.CustomerIssues.CUSTOMER_TYPES.forEach(type -> used.add("portal.issue.type." + type.name()));
        for (com.siteline.issue.IssueEventKind kind : com.siteline.issue.IssueEventKind.values()) {
            used.add(kind.messageKey());
        }
        for (com.siteline.survey.CustomSurveyTemplates.QuestionKind kind
                : com.siteline.survey.CustomSurveyTemplates.QuestionKind.values()) {
            used.add("survey-template.kind." + kind.name());
        }
        for (com.siteline.survey.CampaignComparisons.By by : com.siteline.survey.CampaignComparisons.By.values()) {
            used.add("campaign.compare.by." + by.name());
        }

        assertThat(used).hasSizeGreaterThan(30);
        assertThat(used).allSatisfy(key -> assertThat(zh.containsKey(key)).as("missing key " + key).isTrue());
    }

    @Test
    void noUiTextIsHardCodedInTheSources() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : javaSources()) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean isComment = line.strip().startsWith("*") || line.strip().startsWith("//");
                boolean chineseOutsideDemoData = CJK.matcher(line).find() && !source.toString().contains("Demo");
                if (!isComment && (chineseOutsideDemoData || LITERAL_UI_TEXT.matcher(line).find())) {
                    offenders.add(source + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertThat(offenders).as("UI texts belong in i18n/messages*.properties").isEmpty();
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
