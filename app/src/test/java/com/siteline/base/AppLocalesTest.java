package com.siteline.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AppLocalesTest {

    @Test
    void chineseIsTheDefaultAndEnglishTheSecondLanguage() {
        assertThat(AppLocales.SUPPORTED).containsExactly(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
        assertThat(AppLocales.supported(Locale.US)).isEqualTo(Locale.ENGLISH);
        assertThat(AppLocales.supported(Locale.FRANCE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(AppLocales.fromTag(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(AppLocales.fromTag("en")).isEqualTo(Locale.ENGLISH);
        assertThat(AppLocales.fromTag("zh-CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void translationsFollowTheLocaleAndFormatParameters() {
        SitelineI18NProvider i18n = new SitelineI18NProvider();
        assertThat(i18n.getTranslation("nav.inbox", Locale.SIMPLIFIED_CHINESE)).isEqualTo("工作台");
        assertThat(i18n.getTranslation("nav.inbox", Locale.ENGLISH)).isEqualTo("Inbox");
        assertThat(i18n.getTranslation("nav.inbox", Locale.GERMAN)).isEqualTo("工作台");
        assertThat(i18n.getTranslation("plugins.summary", Locale.ENGLISH, 4, 3, 1))
                .isEqualTo("4 plugin(s): 3 started, 1 failed.");
        assertThat(i18n.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }
}
