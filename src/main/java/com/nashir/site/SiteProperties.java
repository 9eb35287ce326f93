package com.nashir.site;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Raw site settings as configured (nashir.site.*); {@link SiteSettings} is the checked form. */
@ConfigurationProperties("nashir.site")
public record SiteProperties(
        String name,
        String tagline,
        String baseUrl,
        String timeZone,
        String months,
        String digits,
        boolean hijri,
        int pageSize) {}
