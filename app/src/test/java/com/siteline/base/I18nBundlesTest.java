package com.siteline.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.issue.CustomerIssues;
import com.siteline.issue.IssueStatus;
import com.siteline.plugin.PluginStatus;
import com.siteline.portal.PortalEvent;
import com.siteline.portal.ui.PortalStates;
import com.siteline.sdk.Checker;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:survey-template|portal|access|audit|kpi|report|overview|documents|schedules|form|project|projects|checklist|calendar|calendars|attachment|rules|customer|customers|customer360|issue|log|grid|inbox|communications|conflict|sla|notification)\\.[a-z][a-zA-Z0-9.-]*[a-zA-Z0-9])\"");

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
        assertThat(i18n.getTranslation("visit.offset.months", Locale.ENGLISH, 1))
                .isEqualTo("1 month after completion");
        assertThat(i18n.getTranslation("audit.verify.progress", Locale.ENGLISH, 1))
                .isEqualTo("1 entry checked");
        assertThat(i18n.getTranslation("grid.total", Locale.SIMPLIFIED_CHINESE, 1))
                .isEqualTo("共 1 条");
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
        for (PluginStatus.State state : PluginStatus.State.values()) {
            used.add("plugins.state." + state.name().toLowerCase());
        }
        for (Checker checker : Checker.values()) {
            used.add("checklist.checker." + checker.name());
        }
        for (IssueType type : IssueType.values()) {
            used.add("issue.type." + type.name());
        }
        for (Urgency urgency : Urgency.values()) {
            used.add("issue.urgency." + urgency.name());
        }
        com.siteline.sla.CoreIssueCategories.IDS.forEach(id -> used.add("issue.category." + id));
        for (IssueStatus status : IssueStatus.values()) {
            status.next().forEach(next -> used.add("issue.step." + next.name()));
        }
        Set<String> keyed = keyedEnumKeys();
        assertThat(keyed)
                .as("every keyed enum's values, found in the compiled classes")
                .contains("issue.status.CLOSED", "role.ADMIN", "channel.PHONE", "job.state.CONFIRMED");
        used.addAll(keyed);
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
        PortalEvent.KINDS.forEach(kind -> used.add(new PortalEvent(null, kind, null, null, null).messageKey()));
        for (String state : List.of("DRAFT", "PENDING", "CONFIRMED", "REJECTED", "WITHDRAWN")) {
            used.add("portal.state." + state);
            used.add("portal.staff.state." + state);
        }
        for (IssueStatus status : IssueStatus.values()) {
            used.add("portal.issue.state." + PortalStates.of(status));
        }
        used.add("issue.channel.staff");
        used.add("issue.channel." + CustomerIssues.CHANNEL);
        CustomerIssues.CUSTOMER_TYPES.forEach(type -> used.add("portal.issue.type." + type.name()));

        assertThat(used).hasSizeGreaterThan(30);
        assertThat(used)
                .allSatisfy(key ->
                        assertThat(zh.containsKey(key)).as("missing key " + key).isTrue());
    }

    /** The message key of every value of every enum in the application that says its own ({@link Keyed}). */
    private static Set<String> keyedEnumKeys() {
        Set<String> keys = new TreeSet<>();
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.siteline");
        for (JavaClass type : classes) {
            if (type.isEnum() && type.isAssignableTo(Keyed.class)) {
                for (Object value : type.reflect().getEnumConstants()) {
                    keys.add(((Keyed) value).messageKey());
                }
            }
        }
        return keys;
    }

    @Test
    void noUiTextIsHardCodedInTheSources() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : javaSources()) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean isComment = line.strip().startsWith("*") || line.strip().startsWith("//");
                boolean chineseOutsideDemoData =
                        CJK.matcher(line).find() && !source.toString().contains("Demo");
                if (!isComment
                        && (chineseOutsideDemoData
                                || LITERAL_UI_TEXT.matcher(line).find())) {
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
