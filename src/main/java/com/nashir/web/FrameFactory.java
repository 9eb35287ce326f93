package com.nashir.web;

import com.nashir.address.Assets;
import com.nashir.address.Permalinks;
import com.nashir.address.SiteAddress;
import com.nashir.breaking.BreakingStrip;
import com.nashir.section.AllSections;
import com.nashir.site.SiteSettings;
import com.nashir.site.SiteSettingsStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds the shared {@link Frame} for a page, with the site settings in force for this request: no database query. */
@Component
class FrameFactory {
    private final SiteSettingsStore settings;
    private final AllSections sections;
    private final BreakingStrip breaking;
    private final Assets assets;
    private final Images images;

    FrameFactory(
            SiteSettingsStore settings, AllSections sections, BreakingStrip breaking, Assets assets, Images images) {
        this.settings = settings;
        this.sections = sections;
        this.breaking = breaking;
        this.assets = assets;
        this.images = images;
    }

    Frame frame(HttpServletRequest request, String title, String description, String path, String activeSection) {
        SiteSettings site = settings.current();
        // Settings, menu and breaking strip all come from memory: a page asks the database only for its own content.
        BreakingStrip.State strip = breaking.now();
        return new Frame(
                site,
                site.fmt(),
                sections.list(),
                strip.items(),
                strip.eventId(),
                title,
                description,
                absolute(site, request, path),
                activeSection,
                assets.stylesheet(),
                images,
                false,
                PageMeta.website(siteFeeds(site)));
    }

    /** The whole site's three feeds, RSS first (readers that take one pick the first). */
    static List<FeedLink> siteFeeds(SiteSettings site) {
        return feeds("", site.name());
    }

    /** A listing's feeds (RSS, Atom, JSON Feed) titled "سياسة — ناشر"; listing path "" = the whole site. */
    static List<FeedLink> feeds(String listingPath, String title) {
        return List.of(
                new FeedLink("application/rss+xml", title + " (RSS)", Permalinks.rssFeed(listingPath)),
                new FeedLink("application/atom+xml", title + " (Atom)", Permalinks.atomFeed(listingPath)),
                new FeedLink("application/feed+json", title + " (JSON Feed)", Permalinks.jsonFeed(listingPath)));
    }

    /** Absolute URL: the configured base URL, or the one the request came in on ({@link SiteAddress}). */
    String absolute(HttpServletRequest request, String path) {
        return absolute(settings.current(), request, path);
    }

    private static String absolute(SiteSettings site, HttpServletRequest request, String path) {
        return Permalinks.absolute(SiteAddress.base(site, request), path);
    }

    /** The settings in force now; a page reads them once and passes them on. */
    SiteSettings site() {
        return settings.current();
    }
}
