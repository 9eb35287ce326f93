package com.nashir.web;

import java.util.List;

/**
 * What a page tells feed readers, search engines and social networks beside its text: its feeds,
 * its OpenGraph type and picture (absolute, as og:image requires), and its schema.org JSON-LD,
 * already escaped for a script element (see {@link StructuredData#toScript}).
 */
public record PageMeta(String ogType, String image, String imageAlt, List<FeedLink> feeds, String jsonLd) {

    /** A plain page: type "website", no picture, no structured data. */
    public static PageMeta website(List<FeedLink> feeds) {
        return new PageMeta("website", null, null, List.copyOf(feeds), null);
    }

    public PageMeta withType(String type) {
        return new PageMeta(type, image, imageAlt, feeds, jsonLd);
    }

    public PageMeta withImage(String absoluteUrl, String alt) {
        return new PageMeta(ogType, absoluteUrl, alt, feeds, jsonLd);
    }

    public PageMeta withFeeds(List<FeedLink> list) {
        return new PageMeta(ogType, image, imageAlt, List.copyOf(list), jsonLd);
    }

    public PageMeta withJsonLd(String script) {
        return new PageMeta(ogType, image, imageAlt, feeds, script);
    }

    /** "summary_large_image" when the page has a picture to show, "summary" otherwise. */
    public String twitterCard() {
        return image == null ? "summary" : "summary_large_image";
    }
}
