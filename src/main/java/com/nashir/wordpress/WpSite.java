package com.nashir.wordpress;

import com.nashir.address.Permalinks;
import com.nashir.address.SiteAddress;
import com.nashir.site.SiteSettings;
import com.nashir.site.SiteSettingsStore;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * What every answer needs of the site for one request: its absolute base URL (configured, or
 * the host the request came in on), the settings in force (name, time zone) and WordPress's
 * way of writing dates: local time without an offset beside the same instant in UTC.
 */
@Component
class WpSite {
    static final String ROOT = Permalinks.WP_API_ROOT;
    static final String NAMESPACE = "wp/v2";
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final SiteSettingsStore settings;
    private final SiteAddress address;

    WpSite(SiteSettingsStore settings, SiteAddress address) {
        this.settings = settings;
        this.address = address;
    }

    SiteSettings settings() {
        return settings.current();
    }

    ZoneId zone() {
        return settings.current().zone();
    }

    /** The site's absolute base, without a trailing slash ({@link SiteAddress}). */
    String base() {
        return address.base();
    }

    /** Absolute URL of a public path ("/news/…"). */
    String url(String path) {
        return base() + path;
    }

    /** Absolute URL of an API route ("/wp/v2/posts/3" → https://…/wp-json/wp/v2/posts/3). */
    String api(String route) {
        return base() + Permalinks.wpApi(route);
    }

    /** "2024-06-17T10:30:00" in the site's zone (WordPress's {@code date}). */
    String local(Instant t) {
        return t == null ? null : WP_DATE.format(t.atZone(zone()));
    }

    /** "2024-06-17T07:30:00" in UTC (WordPress's {@code date_gmt}). */
    static String gmt(Instant t) {
        return t == null ? null : WP_DATE.format(t.atOffset(ZoneOffset.UTC));
    }
}
