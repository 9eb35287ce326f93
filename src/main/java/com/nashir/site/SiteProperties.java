package com.nashir.site;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Raw site settings as configured (nashir.site.*); {@link SiteSettings} is the checked form. These
 * are the initial values: once an admin saves the settings page, the stored ones win (see
 * {@link SiteSettingsStore}). {@code baseUrl} is configuration only.
 */
@ConfigurationProperties("nashir.site")
public record SiteProperties(
        String name,
        String tagline,
        String baseUrl,
        String timeZone,
        String months,
        String digits,
        boolean hijri,
        int pageSize,
        Integer commentsCloseDays,
        boolean trustReturningCommenters,
        String feedContent,
        String commentsClosedNotice) {}
