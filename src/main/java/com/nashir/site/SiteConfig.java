package com.nashir.site;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * There is deliberately no SiteSettings bean: settings change while the site runs, so callers ask
 * {@link SiteSettingsStore#current()} on each request instead of keeping a start-up copy.
 */
@Configuration
@EnableConfigurationProperties(SiteProperties.class)
class SiteConfig {

    /** UTC instant source; tests replace it to move time. Shown times go through SiteSettings.zone(). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
