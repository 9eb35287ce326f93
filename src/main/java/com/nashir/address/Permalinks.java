package com.nashir.address;

import com.nashir.published.ArticleScope;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * The one place that builds public URLs. Arabic slugs are percent-encoded here and nowhere
 * else, so a link in a page, a feed or the API is always the canonical one.
 */
public final class Permalinks {
    /**
     * Where the WordPress-compatible API lives; a constant because the API's request mappings
     * are written on it.
     */
    public static final String WP_API_ROOT = "/wp-json";
    /** The live "عاجل" stream (Server-Sent Events); a constant because its servlet is registered on it. */
    public static final String LIVE_BREAKING = "/live/breaking";

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private Permalinks() {}

    /** Canonical article URL: stable id plus the current slug, e.g. /news/42/روسيا-ترعى…. */
    public static String article(long id, String slug) {
        return slug == null || slug.isEmpty() ? "/news/" + id : "/news/" + id + "/" + segment(slug);
    }

    /** Short share URL that stays readable when pasted into messaging apps. */
    public static String shortArticle(long id) {
        return "/a/" + id;
    }

    /** Where an article page's script reports that it was read ("الأكثر قراءة"; POST only, never a page). */
    public static String articleView(long id) {
        return "/news/" + id + "/view";
    }

    /** The live stream as a page opens it: resuming after the breaking event the page was rendered at. */
    public static String liveBreaking(long afterEventId) {
        return LIVE_BREAKING + "?after=" + afterEventId;
    }

    /** A live coverage's updates as JSON: where an open page catches up when the live stream cannot replay what it missed. */
    public static String liveCoverage(long id) {
        return "/live/coverage/" + id;
    }

    /** One update of a live coverage, on its article's page. */
    public static String liveUpdate(long articleId, String slug, long updateId) {
        return article(articleId, slug) + "#update-" + updateId;
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

    /**
     * The listing page of a section, tag, author or desk by its kind: the one switch from a kind
     * to its address, for code that handles the four alike (sitemaps, feeds, the taxonomy pages).
     * The whole site ({@link ArticleScope.Kind#SITE}) has no slug and no such page.
     */
    public static String listing(ArticleScope.Kind kind, String slug) {
        return switch (kind) {
            case SECTION -> section(slug);
            case TAG -> tag(slug);
            case AUTHOR -> author(slug);
            case DESK -> desk(slug);
            case SITE -> throw new IllegalArgumentException("The whole site has no listing by slug");
        };
    }

    /** The same listing at page n; page 1 is the bare URL so it has one address only. */
    public static String page(String path, int page) {
        return page <= 1 ? path : path + "?page=" + page;
    }

    /**
     * A listing's RSS feed: {@code /feed} for the whole site (listing path ""), else the listing's
     * path plus {@code /feed}, e.g. /section/سياسة/feed (encoded).
     */
    public static String rssFeed(String listingPath) {
        return listingPath + "/feed";
    }

    /** The Atom feed beside {@link #rssFeed}: /feed/atom, /section/…/feed/atom. */
    public static String atomFeed(String listingPath) {
        return listingPath + "/feed/atom";
    }

    /** The JSON Feed beside {@link #rssFeed}: /feed.json, /section/…/feed.json. */
    public static String jsonFeed(String listingPath) {
        return listingPath + "/feed.json";
    }

    /** The archive by date: years and months, every month a page of its days, every day a page of its articles. */
    public static String archive() {
        return "/archive";
    }

    /** One month of the archive: /archive/2024/06. */
    public static String archiveMonth(java.time.YearMonth month) {
        return String.format(java.util.Locale.ROOT, "/archive/%04d/%02d", month.getYear(), month.getMonthValue());
    }

    /** The sitemap index, the one address robots.txt names. */
    public static String sitemapIndex() {
        return "/sitemap.xml";
    }

    /**
     * Articles published in one UTC month: /sitemap-articles-2024-06.xml, and for a month with more
     * than one file's worth, /sitemap-articles-2024-06-2.xml and on.
     */
    public static String articleSitemap(java.time.YearMonth month, int part) {
        return "/sitemap-articles-" + month + (part <= 1 ? "" : "-" + part) + ".xml";
    }

    /** Sections, tags, authors or desks ("sections", "tags", …): /sitemap-tags.xml, /sitemap-tags-2.xml. */
    public static String listingSitemap(String kind, int part) {
        return "/sitemap-" + kind + (part <= 1 ? "" : "-" + part) + ".xml";
    }

    /** The Google News sitemap: articles of the last 48 hours. */
    public static String newsSitemap() {
        return "/sitemap-news.xml";
    }

    /** The search page; its form asks with GET, and its own links add the query ({@code ?q=…}, encoded by the caller). */
    public static String search() {
        return "/search";
    }

    /** The search page for a query template such as "{search_term_string}" (kept as written, for JSON-LD). */
    public static String searchTemplate(String placeholder) {
        return search() + "?q=" + placeholder;
    }

    /** An article's comments, on its page: where the newsroom's list of comments sends an editor. */
    public static String comments(long articleId, String slug) {
        return article(articleId, slug) + "#comments";
    }

    /**
     * Where a reader lands after posting a comment without script: the article's comments with a
     * fixed notice ({@code outcome} "approved" or "pending"), never the reader's own words.
     */
    public static String commentPosted(long articleId, String slug, String outcome) {
        return article(articleId, slug) + "?comment=" + outcome + "#comments";
    }

    /** Where an article page's comment form posts (POST only, never a page). */
    public static String commentPost(long articleId) {
        return "/news/" + articleId + "/comments";
    }

    /** The comment form's token, fetched by the page's script when the form is used (never cached). */
    public static String commentToken(long articleId) {
        return commentPost(articleId) + "/token";
    }

    /** The WordPress-compatible API's index, the address its discovery link names ("/wp-json/"). */
    public static String wpApiIndex() {
        return wpApi("/");
    }

    /** A WordPress API route ("/wp/v2/posts/3" → /wp-json/wp/v2/posts/3). */
    public static String wpApi(String route) {
        return WP_API_ROOT + route;
    }

    public static String absolute(String baseUrl, String path) {
        return baseUrl + path;
    }

    /**
     * A path segment percent-encoded as {@link UriUtils#encodePathSegment} does (RFC 3986
     * {@code pchar} kept, every other byte of the UTF-8 form as {@code %XX}), without its
     * intermediate objects: every card of every page builds these for Arabic slugs, and a sitemap a
     * thousand at once (a fifth of its render). The result is ASCII, written as Latin-1 bytes the String keeps as they
     * are. Characters below U+0800 (ASCII, Arabic) are encoded straight from the String's chars, each Arabic letter's
     * two UTF-8 bytes as six; a String with any other character goes through its UTF-8 bytes ({@link #segmentBytes}).
     */
    static String segment(String s) {
        int n = s.length();
        byte[] out = null;
        int o = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && PCHAR[c]) {
                if (out != null) {
                    out[o++] = (byte) c;
                }
                continue;
            }
            if (c >= 0x800) {
                return segmentBytes(s);
            }
            if (out == null) { // the first character to escape: what came before it is kept as it is
                out = new byte[i + 6 * (n - i)];
                for (int k = 0; k < i; k++) {
                    out[k] = (byte) s.charAt(k);
                }
                o = i;
            }
            if (c < 0x80) {
                o = escape(c, out, o);
            } else {
                o = escape(0xC0 | (c >> 6), out, o);
                o = escape(0x80 | (c & 0x3F), out, o);
            }
        }
        return out == null ? s : new String(out, 0, o, StandardCharsets.ISO_8859_1);
    }

    /** {@link #segment} through the UTF-8 bytes: for any character at or past U+0800 (and unpaired surrogates). */
    private static String segmentBytes(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[3 * bytes.length];
        int o = 0;
        for (byte value : bytes) {
            int b = value & 0xFF;
            if (PCHAR[b]) {
                out[o++] = (byte) b;
            } else {
                o = escape(b, out, o);
            }
        }
        return new String(out, 0, o, StandardCharsets.ISO_8859_1);
    }

    /** Writes {@code %XX} for byte {@code b} at {@code o}; returns the position after it. */
    private static int escape(int b, byte[] out, int o) {
        out[o] = '%';
        out[o + 1] = HEX[b >> 4];
        out[o + 2] = HEX[b & 0xF];
        return o + 3;
    }

    /** RFC 3986 pchar: unreserved, sub-delims, ':' and '@'; by byte, a table (every byte of an Arabic slug is asked). */
    private static final boolean[] PCHAR = new boolean[256];

    static {
        for (int b = 0; b < 256; b++) {
            PCHAR[b] = b >= 'a' && b <= 'z'
                    || b >= 'A' && b <= 'Z'
                    || b >= '0' && b <= '9'
                    || "-._~!$&'()*+,;=:@".indexOf(b) >= 0;
        }
    }
}
