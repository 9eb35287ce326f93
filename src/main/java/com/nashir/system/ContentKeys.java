package com.nashir.system;

import java.time.YearMonth;

/**
 * The names of what public pages show and changes touch: a page is stored with the keys of what
 * it shows, a change names the keys it touches, and the page cache drops their intersection. The
 * same names travel in the {@code Surrogate-Key} header, so a CDN in front can purge alike.
 *
 * <ul>
 *   <li>{@code a42}: article 42 (its page, and every card, feed entry or sitemap line showing it);</li>
 *   <li>{@code c42}: the readers' comments of article 42;</li>
 *   <li>{@code s3}, {@code t7}, {@code u5}, {@code d2}: a section, tag, author or desk itself (its name, its page's head);</li>
 *   <li>{@code ls3}, {@code lt7}, {@code lu5}, {@code ld2}: which articles a section, tag, author or desk lists (the
 *       listing pages and their feeds);</li>
 *   <li>{@code latest}: which articles the whole site lists (home, /latest, the site's feeds, the news sitemap,
 *       the listing sitemaps);</li>
 *   <li>{@code m2024-06}: the public articles of one UTC month (its sitemap, the archive's month page);</li>
 *   <li>{@code front}: the editors' choices for the home page (pins, section blocks);</li>
 *   <li>{@code menu}, {@code breaking}, {@code settings}, {@code bylines}: what (nearly) every page shows: the frame,
 *       and the authors' and desks' names on cards.</li>
 * </ul>
 */
public final class ContentKeys {
    public static final String LATEST = "latest";
    /** What the editors pinned to the home page and which section blocks it shows. */
    public static final String FRONT = "front";

    public static final String MENU = "menu";
    public static final String BREAKING = "breaking";
    public static final String SETTINGS = "settings";
    /** Every byline on every card: an author's or desk's new name shows on pages all over the site. */
    public static final String BYLINES = "bylines";

    private ContentKeys() {}

    public static String article(long id) {
        return "a" + id;
    }

    public static String comments(long articleId) {
        return "c" + articleId;
    }

    public static String section(long id) {
        return "s" + id;
    }

    public static String tag(long id) {
        return "t" + id;
    }

    public static String author(long id) {
        return "u" + id;
    }

    public static String desk(long id) {
        return "d" + id;
    }

    /** A picture of the media library, on the pages that show its caption, credit or archive mark from the library (galleries). */
    public static String media(long id) {
        return "i" + id;
    }

    public static String sectionList(long id) {
        return "ls" + id;
    }

    public static String tagList(long id) {
        return "lt" + id;
    }

    public static String authorList(long id) {
        return "lu" + id;
    }

    public static String deskList(long id) {
        return "ld" + id;
    }

    public static String month(YearMonth month) {
        return "m" + month;
    }

    /** The month a key names, or null when it names something else. */
    public static YearMonth monthOf(String key) {
        if (key.length() == 8 && key.charAt(0) == 'm' && key.charAt(5) == '-') {
            try {
                return YearMonth.parse(key.substring(1));
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    /** The article a key names ({@code a42} → 42), or -1 when it names something else. */
    public static long articleOf(String key) {
        return idAfter(key, 'a');
    }

    /** The tag a key names ({@code t7} → 7), or -1 when it names something else. */
    public static long tagOf(String key) {
        return idAfter(key, 't');
    }

    /** The author a key names ({@code u5} → 5), or -1 when it names something else. */
    public static long authorOf(String key) {
        return idAfter(key, 'u');
    }

    /** The desk a key names ({@code d2} → 2), or -1 when it names something else. */
    public static long deskOf(String key) {
        return idAfter(key, 'd');
    }

    /** The section a key names ({@code s3} → 3), or -1 when it names something else. */
    public static long sectionOf(String key) {
        return idAfter(key, 's');
    }

    private static long idAfter(String key, char kind) {
        if (key.length() < 2 || key.length() > 19 || key.charAt(0) != kind) {
            return -1;
        }
        long id = 0;
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            id = id * 10 + (c - '0');
        }
        return id;
    }

    /** True for the keys every page carries (the frame): a change to one of them touches every page. */
    public static boolean everyPage(String key) {
        return key.equals(MENU) || key.equals(BREAKING) || key.equals(SETTINGS) || key.equals(BYLINES);
    }
}
