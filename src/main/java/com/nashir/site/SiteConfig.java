package com.nashir.site;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SiteProperties.class)
class SiteConfig {

    @Bean
    SiteSettings siteSettings(SiteProperties properties) {
        return SiteSettings.from(properties);
    }

    /** UTC instant source; tests replace it to move time. Shown times go through SiteSettings.zone(). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
