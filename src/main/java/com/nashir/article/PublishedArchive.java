package com.nashir.article;

import com.nashir.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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

    /** How many public articles were published on one UTC day, and the latest change among them. */
    public record DayCount(LocalDate day, long count, Instant lastChange) {}

    /** A section, tag, author or desk with public articles, and the latest change among them. */
    public record ListingDate(long id, String slug, Instant lastChange) {}

    private final JdbcClient jdbc;
    private final ArticleRepository articles;
    private final Clock clock;

    PublishedArchive(JdbcClient jdbc, ArticleRepository articles, Clock clock) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.clock = clock;
    }

    /** The newest public articles of a scope, whole (body, authors, tags), newest first. */
    public List<Article> newest(ArticleScope scope, int limit) {
        List<Article> found = jdbc.sql(ArticleRepository.FULL_COLUMNS + ArticleRepository.FROM + "where " + PUBLIC + scope.filter()
                        + PublishedArticles.NEWEST + "limit :limit")
                .params(scope.params()).param("now", now()).param("limit", limit)
                .query((rs, n) -> ArticleRepository.mapFull(rs)).list();
        return articles.withBylinesAndTags(found);
    }

    /** Public articles published at or after {@code from}, newest first (a news sitemap's last 48 hours). */
    public List<ArticleCard> since(Instant from, int limit) {
        return articles.withAuthors(jdbc.sql(ArticleRepository.CARD_COLUMNS + ArticleRepository.FROM + "where " + PUBLIC
                        + "and a.published_at >= :from " + PublishedArticles.NEWEST + "limit :limit")
                .param("now", now()).param("from", Sql.param(from)).param("limit", limit)
                .query((rs, n) -> ArticleRepository.mapCard(rs)).list());
    }

    /** Public articles per UTC day of publication, oldest day first; days without any are absent. */
    public List<DayCount> days() {
        String day = "cast(floor(extract(epoch from a.published_at) / 86400) as bigint)";
        return jdbc.sql("select " + day + " as d, count(*) as n, max(a.published_at) as p, max(a.updated_at) as u from article a "
                        + "where " + PUBLIC + "group by " + day + " order by " + day)
                .param("now", now())
                .query((rs, n) -> new DayCount(LocalDate.ofEpochDay(rs.getLong("d")), rs.getLong("n"),
                        later(Sql.instant(rs, "p"), Sql.instant(rs, "u"))))
                .list();
    }

    /** Public articles published in [from, to), oldest first, a slice of {@code limit} from {@code offset}. */
    public List<PublicLink> between(Instant from, Instant to, long offset, int limit) {
        return jdbc.sql("select a.id, a.slug, a.published_at, a.updated_at from article a where " + PUBLIC
                        + "and a.published_at >= :from and a.published_at < :to order by a.published_at, a.id limit :limit offset :offset")
                .param("now", now()).param("from", Sql.param(from)).param("to", Sql.param(to))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new PublicLink(rs.getLong("id"), rs.getString("slug"), Sql.instant(rs, "published_at"),
                        Sql.instant(rs, "updated_at")))
                .list();
    }

    /** How many sections, tags, authors or desks have public articles. */
    public long listingCount(ArticleScope.Kind kind) {
        return jdbc.sql("select count(distinct " + listingKey(kind) + ") " + listingFrom(kind) + "where " + PUBLIC)
                .param("now", now()).query(Long.class).single();
    }

    /** Sections, tags, authors or desks with public articles, by id, a slice of {@code limit} from {@code offset}. */
    public List<ListingDate> listings(ArticleScope.Kind kind, long offset, int limit) {
        String key = listingKey(kind);
        String slug = key.replace(".id", ".slug");
        return jdbc.sql("select " + key + " as id, " + slug + " as slug, max(a.published_at) as p, max(a.updated_at) as u "
                        + listingFrom(kind) + "where " + PUBLIC + "group by " + key + ", " + slug + " order by " + key
                        + " limit :limit offset :offset")
                .param("now", now()).param("limit", limit).param("offset", offset)
                .query(PublishedArchive::listingDate).list();
    }

    private static ListingDate listingDate(ResultSet rs, int n) throws SQLException {
        return new ListingDate(rs.getLong("id"), rs.getString("slug"), later(Sql.instant(rs, "p"), Sql.instant(rs, "u")));
    }

    private static String listingKey(ArticleScope.Kind kind) {
        return switch (kind) {
            case SECTION -> "s.id";
            case TAG -> "t.id";
            case AUTHOR -> "au.id";
            case DESK -> "d.id";
            case SITE -> throw new IllegalArgumentException("the site is not a listing");
        };
    }

    private static String listingFrom(ArticleScope.Kind kind) {
        return switch (kind) {
            case SECTION -> "from article a join section s on s.id = a.section_id ";
            case TAG -> "from article a join article_tag x on x.article_id = a.id join tag t on t.id = x.tag_id ";
            case AUTHOR -> "from article a join article_author x on x.article_id = a.id join author au on au.id = x.author_id ";
            case DESK -> "from article a join desk d on d.id = a.desk_id ";
            case SITE -> throw new IllegalArgumentException("the site is not a listing");
        };
    }

    private static Instant later(Instant a, Instant b) {
        return b == null || (a != null && a.isAfter(b)) ? a : b;
    }

    private OffsetDateTime now() {
        return Sql.param(clock.instant());
    }
}
