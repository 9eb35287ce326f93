package com.nashir.site;

import java.time.Instant;

/**
 * The settings row as stored (table site_setting), in wire words ("levantine", "eastern").
 * {@code version} counts saves; {@code updatedBy} is the admin's name for the settings page.
 */
record SiteSettingsRow(
        String name,
        String tagline,
        Long logoMediaId,
        String timeZone,
        String months,
        String digits,
        boolean hijri,
        int commentsCloseDays,
        boolean trustReturningCommenters,
        int pageSize,
        String feedContent,
        String commentsClosedNotice,
        int version,
        Instant updatedAt,
        String updatedBy) {}
