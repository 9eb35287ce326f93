package com.nashir.site;

import com.nashir.arabic.DateStyle;
import com.nashir.arabic.DigitStyle;
import com.nashir.arabic.MonthStyle;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The site's identity and reading conventions: name, how dates and digits are written, the
 * time zone every date is shown in. The one place that holds the site's zone.
 */
public record SiteSettings(String name, String tagline, String baseUrl, DateStyle dateStyle, int pageSize) {

    public ZoneId zone() {
        return dateStyle.zone();
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
            throw new IllegalStateException("nashir.site.months: expected gulf, levantine, maghrebi or dual");
        }
        try {
            digits = DigitStyle.parse(orDefault(p.digits(), "western"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("nashir.site.digits: expected western or eastern");
        }
        String base = p.baseUrl() == null ? "" : p.baseUrl().replaceAll("/+$", "");
        int pageSize = p.pageSize() <= 0 ? 12 : Math.min(p.pageSize(), 100);
        return new SiteSettings(orDefault(p.name(), "ناشر"), orDefault(p.tagline(), "أخبار اليوم بالعربية"), base,
                new DateStyle(zone, months, digits, p.hijri()), pageSize);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
