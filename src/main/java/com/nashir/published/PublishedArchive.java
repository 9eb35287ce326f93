package com.nashir.published;

import com.nashir.article.Article;
import com.nashir.article.ArticleLinks;
import com.nashir.article.ArticleRows;
import com.nashir.system.Sql;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What feeds and search engines read: the newest articles whole, every public article's address
 * by date, and when each section, tag, author and desk last changed. The other public door beside
 * {@link PublishedArticles}, with the same "published and due" condition ({@link PublishedArticles#PUBLIC}).
 */
@Service
public class PublishedArchive {
    private static final String PUBLIC = PublishedArticles.PUBLIC;

    /** One public article's address and dates, for a sitemap. */
    public record PublicLink(long id, String slug, Instant publishedAt, Instant updatedAt) {
        /** The later of publication and last substantive update. */
        public Instant lastChange() {
            return later(publishedAt, updatedAt);
        }
    }

    /** One public article's address, headline and publication, for a news sitemap. */
    public record NewsLink(long id, String slug, String headline, Instant publishedAt) {}

    /** A section, tag, author or desk with public articles, and the latest change among them. */
    public record ListingDate(long id, String slug, Instant lastChange) {}

    private final JdbcClient jdbc;
    private final ArticleLinks links;
    private final ArchiveMonths months;
    private final Clock clock;

    PublishedArchive(JdbcClient jdbc, ArticleLinks links, ArchiveMonths months, Clock clock) {
        this.jdbc = jdbc;
        this.links = links;
        this.months = months;
        this.clock = clock;
    }

    /** The newest public articles of a scope, whole (body, authors, tags), newest first: three statements. */
    public List<PublicArticle> newest(ArticleScope scope, int limit) {
        List<Article> found = jdbc
                .sql(ArticleRows.FULL_COLUMNS + ArticleRows.FROM + "where " + PublishedArticles.inRange(scope) + "and "
                        + PUBLIC)
                .params(scope.params())
                .param("now", now())
                .param("limit", limit)
                .param("offset", 0)
                .query((rs, n) -> ArticleRows.mapFull(rs))
                .stream()
                .sorted(PublishedArticles.newestFirst(Article::publishedAt, Article::id))
                .toList();
        return links.withBylinesAndTags(found).stream().map(PublicArticle::of).toList();
    }

    /** When the oldest public article was published; empty on a site without any. */
    public java.util.Optional<Instant> firstPublished() {
        return months.first();
    }

    /**
     * Cards (without bylines) of the public articles published in [from, to), newest first,
     * {@code limit} from {@code offset}: one range of the publication index (the archive by month).
     */
    public List<PublicCard> cardsBetween(Instant from, Instant to, long offset, int limit) {
        return jdbc.sql(ArticleRows.CARD_COLUMNS + ArticleRows.FROM + "where "
                        + PublishedArticles.PUBLIC_BETWEEN_FROM_OFFSET + PublishedArticles.NEWEST + "limit :limit")
                .param("from", Sql.param(from))
                .param("until", Sql.param(PublishedArticles.until(to, clock.instant())))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> PublicCard.of(ArticleRows.mapCard(rs)))
                .list();
    }

    /** Public articles published at or after {@code from}, newest first (a news sitemap's last 48 hours): one index range, no bylines. */
    public List<NewsLink> since(Instant from, int limit) {
        return jdbc.sql("select a.id, a.slug, a.headline, a.published_at from article a where " + PUBLIC
                        + "and a.published_at >= :from " + PublishedArticles.NEWEST + "limit :limit")
                .param("now", now())
                .param("from", Sql.param(from))
                .param("limit", limit)
                .query((rs, n) -> new NewsLink(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("headline"),
                        Sql.instant(rs, "published_at")))
                .list();
    }

    /** Public articles published in [from, to), newest first, a slice of {@code limit} from {@code offset}: one index range. */
    public List<PublicLink> between(Instant from, Instant to, long offset, int limit) {
        return jdbc.sql("select a.id, a.slug, a.published_at, a.updated_at from article a where "
                        + PublishedArticles.PUBLIC_BETWEEN_FROM_OFFSET + PublishedArticles.NEWEST + "limit :limit")
                .param("from", Sql.param(from))
                .param("until", Sql.param(PublishedArticles.until(to, clock.instant())))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new PublicLink(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        Sql.instant(rs, "published_at"),
                        Sql.instant(rs, "updated_at")))
                .list();
    }

    /**
     * The highest id of the sections, tags, authors or desks: listing sitemaps are cut by id
     * ({@link #listings}), so the index knows its files from one probe of the primary key rather
     * than by counting which of (possibly) tens of thousands of tags have public articles.
     */
    public long lastListingId(ArticleScope.Kind kind) {
        return jdbc.sql("select coalesce(max(id), 0) from " + kind.table())
                .query(Long.class)
                .single();
    }

    /**
     * Sections, tags, authors or desks with ids in ({@code afterId}, {@code throughId}] that have
     * public articles, by id, each with its newest publication (one probe of its listing index).
     * A listing keeps its place in its file whatever is created or emptied elsewhere.
     */
    public List<ListingDate> listings(ArticleScope.Kind kind, long afterId, long throughId) {
        return jdbc.sql("select q.id, q.slug, q.p from (select k.id, k.slug, (" + newestOf(kind) + ") as p from "
                        + kind.table()
                        + " k where k.id > :after and k.id <= :through) q where q.p is not null order by q.id")
                .param("now", now())
                .param("after", afterId)
                .param("through", throughId)
                .query((rs, n) -> new ListingDate(rs.getLong("id"), rs.getString("slug"), Sql.instant(rs, "p")))
                .list();
    }

    /** The newest publication time of listing {@code k.id} (its first index entry), or no row. */
    private static String newestOf(ArticleScope.Kind kind) {
        return new ArticleScope(kind, 0).newestTime().replace(":ref", "k.id");
    }

    private static Instant later(Instant a, Instant b) {
        return b == null || (a != null && a.isAfter(b)) ? a : b;
    }

    private OffsetDateTime now() {
        return Sql.param(clock.instant());
    }
}
