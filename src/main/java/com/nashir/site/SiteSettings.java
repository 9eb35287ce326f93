package com.nashir.site;

import com.nashir.arabic.DateStyle;
import com.nashir.arabic.DigitStyle;
import com.nashir.arabic.MonthStyle;
import com.nashir.format.Fmt;
import com.nashir.system.Messages;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The site's identity and reading conventions: name, tagline, logo, how dates and digits are
 * written, the time zone every date is shown in, listing page size, and after how many days
 * comments close. The one place that holds the site's zone. Read the current value from
 * {@link SiteSettingsStore#current()} on each request: an admin may change it at any time.
 *
 * @param logo              null when the masthead shows the name as text
 * @param commentsCloseDays comments on an article close this many days after publication; 0 = never
 * @param trustReturningCommenters a comment whose email already has an approved comment is approved at once
 * @param feedContent       whether feeds carry whole articles or summaries
 * @param commentsClosedNotice what a closed article says instead of the form ({@link #DEFAULT_COMMENTS_CLOSED_NOTICE},
 *                          or the seed site's "عذراً التعليقات مغلقة", or the newsroom's own words)
 */
public record SiteSettings(
        String name,
        String tagline,
        String baseUrl,
        DateStyle dateStyle,
        int pageSize,
        SiteLogo logo,
        int commentsCloseDays,
        boolean trustReturningCommenters,
        FeedContent feedContent,
        String commentsClosedNotice) {
    public static final String DEFAULT_NAME = Messages.text("site.default.name");
    public static final String DEFAULT_TAGLINE = Messages.text("site.default.tagline");
    public static final int DEFAULT_PAGE_SIZE = 12;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_COMMENTS_CLOSE_DAYS = 14;
    public static final int MAX_COMMENTS_CLOSE_DAYS = 3650;
    /** "Sorry, comments are closed", with the comma Arabic punctuation wants after عذراً. */
    public static final String DEFAULT_COMMENTS_CLOSED_NOTICE = Messages.text("site.default.comments-closed-notice");

    public static final int MAX_COMMENTS_CLOSED_NOTICE = 200;

    public ZoneId zone() {
        return dateStyle.zone();
    }

    /** Dates and numbers written the way these settings say. */
    public Fmt fmt() {
        return new Fmt(dateStyle);
    }

    /** True when comments on an article published at {@code publishedAt} have closed by age at {@code now}. */
    public boolean commentsClosedByAge(Instant publishedAt, Instant now) {
        return commentsCloseDays > 0
                && publishedAt != null
                && !now.isBefore(publishedAt.plus(Duration.ofDays(commentsCloseDays)));
    }

    /** The same settings with another logo (or none). */
    public SiteSettings withLogo(SiteLogo logo) {
        return new SiteSettings(
                name,
                tagline,
                baseUrl,
                dateStyle,
                pageSize,
                logo,
                commentsCloseDays,
                trustReturningCommenters,
                feedContent,
                commentsClosedNotice);
    }

    /** Checks the configured values; a wrong one stops start-up with a message naming the key. */
    public static SiteSettings from(SiteProperties p) {
        ZoneId zone;
        try {
            zone = ZoneId.of(orDefault(p.timeZone(), "Asia/Damascus"));
        } catch (DateTimeException e) {
            throw new IllegalStateException("nashir.site.time-zone: unknown time zone '" + p.timeZone() + "'");
        }
        MonthStyle months;
        DigitStyle digits;
        try {
            months = MonthStyle.parse(orDefault(p.months(), "gulf"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("nashir.site.months: expected gulf, levantine, maghrebi, moroccan or dual");
        }
        try {
            digits = DigitStyle.parse(orDefault(p.digits(), "western"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("nashir.site.digits: expected western or eastern");
        }
        Integer closeDays = p.commentsCloseDays();
        if (closeDays != null && (closeDays < 0 || closeDays > MAX_COMMENTS_CLOSE_DAYS)) {
            throw new IllegalStateException(
                    "nashir.site.comments-close-days: expected 0 (never) to " + MAX_COMMENTS_CLOSE_DAYS);
        }
        FeedContent feedContent;
        try {
            feedContent = FeedContent.parse(orDefault(p.feedContent(), "full"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("nashir.site.feed-content: expected full or summary");
        }
        String base = p.baseUrl() == null ? "" : p.baseUrl().replaceAll("/+$", "");
        int pageSize = p.pageSize() <= 0 ? DEFAULT_PAGE_SIZE : Math.min(p.pageSize(), MAX_PAGE_SIZE);
        return new SiteSettings(
                orDefault(p.name(), DEFAULT_NAME),
                orDefault(p.tagline(), DEFAULT_TAGLINE),
                base,
                new DateStyle(zone, months, digits, p.hijri()),
                pageSize,
                null,
                closeDays == null ? DEFAULT_COMMENTS_CLOSE_DAYS : closeDays,
                p.trustReturningCommenters(),
                feedContent,
                orDefault(p.commentsClosedNotice(), DEFAULT_COMMENTS_CLOSED_NOTICE));
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
