package com.nashir.feed;

import com.nashir.address.Permalinks;
import com.nashir.article.BodySanitizer;
import com.nashir.article.FeaturedImage;
import com.nashir.media.MediaItem;
import com.nashir.media.MediaLibrary;
import com.nashir.media.MediaSize;
import com.nashir.published.PublicArticle;
import com.nashir.published.PublishedArchive;
import com.nashir.site.FeedContent;
import com.nashir.site.SiteSettings;
import com.nashir.site.SiteSettingsStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Builds a {@link Feed}: the newest {@value #ENTRIES} public articles of a subject, whole or as
 * summaries as the site settings say, with absolute addresses on the base the caller gives.
 */
@Service
public class Feeds {
    static final int ENTRIES = 20;
    static final int SUMMARY_CHARS = 300;

    private final SiteSettingsStore settings;
    private final PublishedArchive archive;
    private final MediaLibrary media;
    private final Clock clock;

    Feeds(SiteSettingsStore settings, PublishedArchive archive, MediaLibrary media, Clock clock) {
        this.settings = settings;
        this.archive = archive;
        this.media = media;
        this.clock = clock;
    }

    /** The feed of {@code subject}; {@code baseUrl} is "https://news.example" (no trailing slash). */
    public Feed build(FeedSubject subject, String baseUrl) {
        SiteSettings site = settings.current();
        boolean full = site.feedContent() == FeedContent.FULL;
        List<FeedEntry> entries = new ArrayList<>();
        List<PublicArticle> newest = archive.newest(subject.scope(), ENTRIES);
        Map<String, MediaItem> images = media.byPaths(newest.stream()
                .filter(a -> a.image() != null)
                .map(a -> a.image().url())
                .toList());
        for (PublicArticle a : newest) {
            entries.add(entry(a, baseUrl, full, images));
        }
        // An empty feed still needs an update time; the day keeps its bytes (and ETag) stable.
        Instant updated = entries.stream()
                .map(FeedEntry::updated)
                .max(Instant::compareTo)
                .orElseGet(() -> clock.instant().truncatedTo(ChronoUnit.DAYS));
        String icon = site.logo() != null ? site.logo().url() : "/favicon.svg";
        return new Feed(
                subject.title(site.name()),
                subject.description(),
                "ar",
                baseUrl + subject.pagePath(),
                baseUrl + subject.rssPath(),
                baseUrl + subject.atomPath(),
                baseUrl + subject.jsonPath(),
                FeedText.absolute(baseUrl, icon),
                updated,
                entries,
                keys(subject, newest));
    }

    /** What the feed shows (for the page cache): its listing and each of its articles. */
    private static java.util.Set<String> keys(FeedSubject subject, List<PublicArticle> articles) {
        java.util.Set<String> keys =
                new java.util.LinkedHashSet<>(subject.scope().keys());
        articles.forEach(a -> keys.add(com.nashir.system.ContentKeys.article(a.id())));
        return keys;
    }

    private FeedEntry entry(PublicArticle a, String baseUrl, boolean full, Map<String, MediaItem> images) {
        String summary = a.summary().isBlank()
                ? FeedText.excerpt(BodySanitizer.text(a.body()), SUMMARY_CHARS)
                : a.summary().strip();
        List<FeedPerson> people = a.byline().isDesk()
                ? List.of(new FeedPerson(
                        a.byline().desk().name(),
                        baseUrl + Permalinks.desk(a.byline().desk().slug())))
                : a.byline().authors().stream()
                        .map(p -> new FeedPerson(p.name(), baseUrl + Permalinks.author(p.slug())))
                        .toList();
        List<String> categories = new ArrayList<>();
        categories.add(a.section().name());
        a.tags().forEach(t -> categories.add(t.name()));
        Instant updated = a.wasUpdated() ? a.updatedAt() : a.publishedAt();
        return new FeedEntry(
                baseUrl + Permalinks.shortArticle(a.id()),
                baseUrl + Permalinks.article(a.id(), a.slug()),
                a.headline(),
                summary,
                full ? FeedText.absolutize(a.body(), baseUrl) : null,
                a.publishedAt(),
                updated,
                people,
                categories,
                image(a.image(), baseUrl, images));
    }

    /** Size, pixels and type from the media library when the picture is one of its files ({@code images}, looked up together). */
    private FeedImage image(FeaturedImage image, String baseUrl, Map<String, MediaItem> images) {
        if (image == null) {
            return null;
        }
        String url = FeedText.absolute(baseUrl, image.url());
        String caption = image.displayCaption();
        Optional<MediaItem> item = Optional.ofNullable(images.get(image.url()));
        if (item.isPresent()) {
            MediaSize size = item.get().sizes().stream()
                    .filter(s -> s.path().equals(image.url()))
                    .findFirst()
                    .orElseGet(() -> item.get().display());
            return new FeedImage(
                    url, item.get().contentType(), size.bytes(), size.width(), size.height(), image.alt(), caption);
        }
        return new FeedImage(url, FeedText.imageType(image.url()), 0, null, null, image.alt(), caption);
    }
}
