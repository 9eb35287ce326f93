package com.nashir.site;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * The one place that builds public URLs. Arabic slugs are percent-encoded here and nowhere
 * else, so a link in a page, a feed or the API is always the canonical one.
 */
public final class Permalinks {
    private Permalinks() {}

    /** Canonical article URL: stable id plus the current slug, e.g. /news/42/روسيا-ترعى…. */
    public static String article(long id, String slug) {
        return slug == null || slug.isEmpty() ? "/news/" + id : "/news/" + id + "/" + segment(slug);
    }

    /** Short share URL that stays readable when pasted into messaging apps. */
    public static String shortArticle(long id) {
        return "/a/" + id;
    }

    public static String section(String slug) {
        return "/section/" + segment(slug);
    }

    public static String tag(String slug) {
        return "/tag/" + segment(slug);
    }

    public static String author(String slug) {
        return "/author/" + segment(slug);
    }

    public static String desk(String slug) {
        return "/desk/" + segment(slug);
    }

    /** The same listing at page n; page 1 is the bare URL so it has one address only. */
    public static String page(String path, int page) {
        return page <= 1 ? path : path + "?page=" + page;
    }

    public static String absolute(String baseUrl, String path) {
        return baseUrl + path;
    }

    private static String segment(String s) {
        return UriUtils.encodePathSegment(s, StandardCharsets.UTF_8);
    }
}
