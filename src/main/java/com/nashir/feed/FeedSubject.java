package com.nashir.feed;

import com.nashir.address.Permalinks;
import com.nashir.published.ArticleScope;

/**
 * What one feed follows: the whole site or one section, tag, author or desk.
 *
 * @param kind        the Arabic word for the listing ("قسم"), null for the whole site
 * @param name        the listing's name, or the site's name
 * @param description what the feed is about, shown by feed readers
 * @param listingPath the listing page ("/section/…"), "" for the whole site
 */
public record FeedSubject(ArticleScope scope, String kind, String name, String description, String listingPath) {

    /** The page readers open from the feed: the listing, or the home page. */
    public String pagePath() {
        return listingPath.isEmpty() ? "/" : listingPath;
    }

    public String rssPath() {
        return Permalinks.rssFeed(listingPath);
    }

    public String atomPath() {
        return Permalinks.atomFeed(listingPath);
    }

    public String jsonPath() {
        return Permalinks.jsonFeed(listingPath);
    }

    /** "سياسة — ناشر" for a listing, the site's name for the whole site. */
    public String title(String siteName) {
        return kind == null ? siteName : name + " — " + siteName;
    }
}
