package com.siteline.plugin;

import java.nio.file.Path;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PluginConfiguration {

    /** Plugins load at start from {@code siteline.plugins.dir}; a failure there never stops the app. */
    @Bean(initMethod = "start", destroyMethod = "close")
    PluginHost pluginHost(@Value("${siteline.plugins.dir}") Path pluginsDir, ListableBeanFactory beans) {
        return new PluginHost(pluginsDir, beans);
    }
}
