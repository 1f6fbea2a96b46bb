package com.siteline.plugin;

import com.siteline.base.SitelineI18NProvider;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PluginConfiguration {

    /**
     * Plugins load at start from {@code siteline.plugins.dir}; a failure there never stops the app. Each
     * plugin's extensions get its own {@link HostPluginContext}, never the application's beans.
     */
    @Bean(initMethod = "start", destroyMethod = "close")
    PluginHost pluginHost(
            @Value("${siteline.plugins.dir}") Path pluginsDir,
            Clock clock,
            SitelineI18NProvider i18n,
            ObjectProvider<PluginNotices> notices) {
        return new PluginHost(
                pluginsDir, pluginId -> new HostPluginContext(pluginId, clock, i18n, notices::getIfAvailable));
    }
}
