package com.nashir.feed;

import com.nashir.address.Permalinks;
import com.nashir.feed.SitemapPlan.ArticleFile;
import com.nashir.published.ArchiveMonths;
import com.nashir.published.ArticleScope;
import com.nashir.published.PublishedArchive;
import com.nashir.published.PublishedArchive.ListingDate;
import com.nashir.published.PublishedArchive.PublicLink;
import com.nashir.site.SiteSettingsStore;
import com.nashir.system.ContentKeys;
import com.nashir.system.InputText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The site's sitemaps: an index naming the others; one file of articles per UTC month of
 * publication (split past {@value SitemapPlan#ARTICLES_PER_FILE} addresses); one per kind of listing
 * (sections, tags, authors, desks: those with public articles); and a Google News sitemap of the
 * articles published in the last {@link #NEWS_WINDOW}. {@code lastmod} is the later of
 * publication and last substantive update.
 */
@Service
public class Sitemaps {
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    /** Google News reads at most this many addresses from one news sitemap. */
    static final int NEWS_MAX = 1000;

    /** The listing sitemaps, by the word in their address. */
    public enum ListingKind {
        SECTIONS(ArticleScope.Kind.SECTION),
        TAGS(ArticleScope.Kind.TAG),
        AUTHORS(ArticleScope.Kind.AUTHOR),
        DESKS(ArticleScope.Kind.DESK);

        final ArticleScope.Kind scope;

        ListingKind(ArticleScope.Kind scope) {
            this.scope = scope;
        }

        /** "sections", "tags", "authors", "desks". */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<ListingKind> of(String word) {
            for (ListingKind k : values()) {
                if (k.word().equals(word)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** A sitemap file (UTF-8) and the {@link ContentKeys} of what it lists (for the page cache). */
    public record Sitemap(byte[] xml, Set<String> keys) {}

    private final PublishedArchive archive;
    private final ArchiveMonths months;
    private final SiteSettingsStore settings;
    private final Clock clock;

    Sitemaps(PublishedArchive archive, ArchiveMonths months, SiteSettingsStore settings, Clock clock) {
        this.archive = archive;
        this.months = months;
        this.settings = settings;
        this.clock = clock;
    }

    /** The index: the news sitemap, the listing sitemaps, then the article months, newest first. */
    public Sitemap index(String baseUrl) {
        String base = InputText.clean(baseUrl);
        List<SitemapWriter.Url> files = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(Set.of(ContentKeys.LATEST));
        List<ArticleFile> months = SitemapPlan.articles(this.months.all(), SitemapPlan.ARTICLES_PER_FILE);
        Instant latest = months.stream()
                .map(ArticleFile::lastChange)
                .max(Instant::compareTo)
                .orElse(null);
        files.add(new SitemapWriter.Url(base + Permalinks.newsSitemap(), latest));
        for (ListingKind kind : ListingKind.values()) {
            int parts = SitemapPlan.parts(archive.lastListingId(kind.scope), SitemapPlan.MAX_URLS);
            for (int p = 1; p <= parts; p++) {
                files.add(new SitemapWriter.Url(base + Permalinks.listingSitemap(kind.word(), p), latest));
            }
        }
        for (int i = months.size() - 1; i >= 0; i--) {
            ArticleFile f = months.get(i);
            files.add(new SitemapWriter.Url(base + Permalinks.articleSitemap(f.month(), f.part()), f.lastChange()));
            keys.add(ContentKeys.month(f.month()));
        }
        return new Sitemap(SitemapWriter.index(files), keys);
    }

    /** The articles of one month's part, oldest first; empty when the index names no such file. */
    public Optional<Sitemap> articles(YearMonth month, int part, String baseUrl) {
        String base = InputText.clean(baseUrl);
        return SitemapPlan.articles(List.of(months.month(month)), SitemapPlan.ARTICLES_PER_FILE).stream()
                .filter(f -> f.month().equals(month) && f.part() == part)
                .findFirst()
                .map(f -> {
                    List<SitemapWriter.Url> urls = new ArrayList<>();
                    for (PublicLink l : archive.between(f.from(), f.to(), f.offset(), f.count())) {
                        urls.add(new SitemapWriter.Url(base + Permalinks.article(l.id(), l.slug()), l.lastChange()));
                    }
                    return new Sitemap(SitemapWriter.urlset(urls), Set.of(ContentKeys.month(month)));
                });
    }

    /**
     * One part of a listing sitemap; empty past the last part (the first part exists even when
     * empty). Part N lists the ids from (N-1)×50,000 + 1 to N×50,000 that have public articles: a
     * file never holds more than a sitemap may, a tag keeps its file, and the index counts the
     * files from the highest id alone.
     */
    public Optional<Sitemap> listings(ListingKind kind, int part, String baseUrl) {
        String base = InputText.clean(baseUrl);
        if (part < 1
                || part > Math.max(1, SitemapPlan.parts(archive.lastListingId(kind.scope), SitemapPlan.MAX_URLS))) {
            return Optional.empty();
        }
        List<SitemapWriter.Url> urls = new ArrayList<>();
        long after = (long) (part - 1) * SitemapPlan.MAX_URLS;
        for (ListingDate l : archive.listings(kind.scope, after, after + SitemapPlan.MAX_URLS)) {
            urls.add(new SitemapWriter.Url(base + Permalinks.listing(kind.scope, l.slug()), l.lastChange()));
        }
        return Optional.of(new Sitemap(SitemapWriter.urlset(urls), Set.of(ContentKeys.LATEST)));
    }

    /** Articles published in the last 48 hours, newest first, as a Google News sitemap. */
    public Sitemap news(String baseUrl) {
        String base = InputText.clean(baseUrl);
        List<SitemapWriter.NewsUrl> urls = new ArrayList<>();
        Instant now = clock.instant();
        Set<String> keys = new LinkedHashSet<>(Set.of(ContentKeys.LATEST));
        for (PublishedArchive.NewsLink c : archive.since(now.minus(NEWS_WINDOW), NEWS_MAX)) {
            urls.add(new SitemapWriter.NewsUrl(
                    base + Permalinks.article(c.id(), c.slug()), c.headline(), c.publishedAt()));
        }
        // Any change to a recent article (a corrected headline) is in one of these months.
        for (YearMonth m = YearMonth.from(now.minus(NEWS_WINDOW).atOffset(java.time.ZoneOffset.UTC));
                !m.isAfter(YearMonth.from(now.atOffset(java.time.ZoneOffset.UTC)));
                m = m.plusMonths(1)) {
            keys.add(ContentKeys.month(m));
        }
        return new Sitemap(SitemapWriter.news(settings.current().name(), "ar", urls), keys);
    }
}
