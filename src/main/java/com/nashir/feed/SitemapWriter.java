package com.nashir.feed;

import com.nashir.system.InputText;
import java.time.Instant;
import java.util.List;

/**
 * Writes sitemaps (https://www.sitemaps.org/protocol.html) and Google News sitemaps as UTF-8 bytes ({@link XmlBytes},
 * which escapes every value). Dates are W3C datetimes in UTC, to the second. Headlines are cleaned of what XML forbids
 * here; addresses are not cleaned again: {@link Sitemaps} builds each from a base it cleaned once and a {@link
 * com.nashir.address.Permalinks} path, which is ASCII (cleaning every address was a twelfth of a sitemap's render).
 */
final class SitemapWriter {
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /** Bytes a file holds besides its addresses and headlines, and each entry besides its address (and headline). */
    private static final int FILE_BYTES = 512;

    private static final int URL_BYTES = 80;
    private static final int NEWS_URL_BYTES = 320;

    /** An address and when it last changed (null: unknown, no lastmod). */
    record Url(String loc, Instant lastChange) {}

    /** A news article: address, headline, publication time. */
    record NewsUrl(String loc, String title, Instant published) {}

    private SitemapWriter() {}

    /** A {@code <sitemapindex>} listing other sitemaps. */
    static byte[] index(List<Url> sitemaps) {
        return entries("sitemapindex", "sitemap", sitemaps);
    }

    /** A {@code <urlset>} of pages. */
    static byte[] urlset(List<Url> urls) {
        return entries("urlset", "url", urls);
    }

    /** A Google News sitemap: each article with {@code news:publication} (name, language) and its date and title. */
    static byte[] news(String publication, String language, List<NewsUrl> urls) {
        int size = FILE_BYTES;
        for (NewsUrl u : urls) {
            // An Arabic headline is two bytes a character in UTF-8.
            size += u.loc().length() + 2 * u.title().length() + 2 * publication.length() + NEWS_URL_BYTES;
        }
        XmlBytes out = new XmlBytes(size)
                .markup(DECLARATION)
                .markup("<urlset xmlns=\"" + SITEMAP_NS + "\" xmlns:news=\"" + NEWS_NS + "\">");
        for (NewsUrl u : urls) {
            out.markup("<url>").element("loc", u.loc());
            out.markup("<news:news><news:publication>")
                    .element("news:name", publication)
                    .element("news:language", language)
                    .markup("</news:publication><news:publication_date>")
                    .time(u.published())
                    .markup("</news:publication_date>")
                    // one bad headline must not make the file malformed
                    .element("news:title", InputText.clean(u.title()))
                    .markup("</news:news></url>");
        }
        return out.markup("</urlset>").toByteArray();
    }

    /** {@code <root>} of {@code <entry>} elements, each an address and perhaps when it last changed. */
    private static byte[] entries(String root, String entry, List<Url> urls) {
        XmlBytes out =
                new XmlBytes(size(urls)).markup(DECLARATION).markup("<" + root + " xmlns=\"" + SITEMAP_NS + "\">");
        String open = "<" + entry + "><loc>";
        String close = "</" + entry + ">";
        for (Url u : urls) {
            out.markup(open).text(u.loc()).markup("</loc>");
            if (u.lastChange() != null) {
                out.markup("<lastmod>").time(u.lastChange()).markup("</lastmod>");
            }
            out.markup(close);
        }
        return out.markup("</" + root + ">").toByteArray();
    }

    /** About what a file of these addresses weighs: its buffer is made that size once, not doubled on the way. */
    private static int size(List<Url> urls) {
        int size = FILE_BYTES;
        for (Url u : urls) {
            size += u.loc().length() + URL_BYTES;
        }
        return size;
    }
}
