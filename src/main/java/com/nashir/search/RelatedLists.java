package com.nashir.search;

import com.nashir.article.ArticleChanged;
import com.nashir.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The related articles found for each article, kept in the database ({@code article_related}, V45)
 * so that an article page reads one row instead of searching the archive. Shared by every node;
 * derived from the search index, so a missing row only means "not found yet".
 */
@Component
class RelatedLists {
    /** What was found for one article, and when. */
    record Stored(List<Long> ids, Instant computedAt) {
        /**
         * Whether the list should be found again: a story's list ages with the story. Newer stories
         * gather related ones fast (the next day's follow-ups), so a young article's list is kept
         * for a tenth of its age, at least ten minutes; an old one's for a week at most. An empty
         * list, ten minutes: nothing was close to the story then (a young site, or an index still
         * filling when it was searched), and a page shows the section's newest meanwhile.
         */
        boolean stale(Instant publishedAt, Instant now) {
            Duration keep = ids.isEmpty() ? MIN_AGE : maxAge(publishedAt, now);
            return computedAt.isBefore(now.minus(keep));
        }
    }

    static final Duration MIN_AGE = Duration.ofMinutes(10);
    static final Duration MAX_AGE = Duration.ofDays(7);

    static Duration maxAge(Instant publishedAt, Instant now) {
        Duration tenth = publishedAt == null
                ? MAX_AGE
                : Duration.between(publishedAt, now).dividedBy(10);
        return tenth.compareTo(MIN_AGE) < 0 ? MIN_AGE : tenth.compareTo(MAX_AGE) > 0 ? MAX_AGE : tenth;
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    RelatedLists(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * The kept list's columns read with an article's row ({@code PublishedArticles.byId} with more
     * columns; two probes of this table's key, the row {@code a} the article): an uncached article
     * page reads its article and its list in one round trip ({@link #read}).
     */
    static final String WITH_ARTICLE =
            ", (select r.related_ids from article_related r where r.article_id = a.id) as kept_related"
                    + ", (select r.computed_at from article_related r where r.article_id = a.id) as kept_related_at ";

    /** The list of a row read with {@link #WITH_ARTICLE}; empty when none is kept. */
    static Optional<Stored> read(ResultSet rs) throws SQLException {
        String joined = rs.getString("kept_related");
        return joined == null
                ? Optional.empty()
                : Optional.of(new Stored(ids(joined), Sql.instant(rs, "kept_related_at")));
    }

    /** A list found for one article as the article was at {@code modifiedAt}. */
    record Found(long articleId, Instant modifiedAt, List<Long> ids) {}

    /** The kept lists of {@code articleIds}, by article id; none for those without. */
    Map<Long, Stored> of(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Stored> kept = new HashMap<>();
        jdbc.sql("select article_id, related_ids, computed_at from article_related where article_id in (:ids)")
                .param("ids", articleIds)
                .query(rs -> {
                    kept.put(rs.getLong(1), new Stored(ids(rs.getString(2)), Sql.instant(rs, 3)));
                });
        return kept;
    }

    Optional<Stored> of(long articleId) {
        return jdbc.sql("select related_ids, computed_at from article_related where article_id = ?")
                .param(articleId)
                .query((rs, n) -> new Stored(ids(rs.getString(1)), Sql.instant(rs, 2)))
                .optional();
    }

    /**
     * Keeps {@code ids} as the list of {@code articleId} as it was at {@code modifiedAt}; a list
     * saved meanwhile by another node is replaced. Nothing is kept if the article changed since
     * (its change forgot the list; this one was found for the old text).
     */
    void save(long articleId, Instant modifiedAt, List<Long> ids, Instant at) {
        try {
            tx.executeWithoutResult(s -> keep(List.of(new Found(articleId, modifiedAt, ids)), at));
        } catch (DataIntegrityViolationException raced) {
            // Two nodes saved the same article's list at the same moment: one of them is kept, as good as the other.
        }
    }

    /**
     * The same for several lists in one transaction: the {@code related} command keeps a batch at
     * a time, since a commit for each list made the database, not the search, the pace of a fill
     * (two thirds of its threads' time waiting on PostgreSQL at a million articles). Should another
     * node keep one of them meanwhile, they are kept one by one instead.
     */
    void saveAll(List<Found> found, Instant at) {
        if (found.isEmpty()) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> keep(found, at));
        } catch (DataIntegrityViolationException raced) {
            found.forEach(f -> save(f.articleId(), f.modifiedAt(), f.ids(), at));
        }
    }

    private void keep(List<Found> found, Instant at) {
        jdbc.sql("delete from article_related where article_id in (:ids)")
                .param("ids", found.stream().map(Found::articleId).toList())
                .update();
        for (Found f : found) {
            jdbc.sql("insert into article_related (article_id, related_ids, computed_at) "
                            + "select id, ?, ? from article where id = ? and modified_at = ?")
                    .params(
                            f.ids().stream().map(String::valueOf).collect(Collectors.joining(",")),
                            Sql.param(at),
                            f.articleId(),
                            Sql.param(f.modifiedAt()))
                    .update();
        }
    }

    /**
     * An article changed (its words, tags, section, or whether it is public): its list is found
     * again on the next render. Inside the writing transaction, so no node reads the old list
     * after the change is visible.
     */
    @EventListener
    void forget(ArticleChanged change) {
        jdbc.sql("delete from article_related where article_id = ?")
                .param(change.id())
                .update();
    }

    /**
     * Up to {@code limit} public articles below {@code beforeId}, newest first, whose list is missing
     * or older than {@code olderThan}: the background worker's next batch.
     */
    List<Long> wanting(long beforeId, Instant olderThan, int limit) {
        return jdbc.sql("select a.id from article a left join article_related r on r.article_id = a.id "
                        + "where a.id < ? and a.status = 'published' and (r.article_id is null or r.computed_at < ?) "
                        + "order by a.id desc limit ?")
                .params(beforeId, Sql.param(olderThan), limit)
                .query(Long.class)
                .list();
    }

    private static List<Long> ids(String joined) {
        return joined.isEmpty()
                ? List.of()
                : Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
    }
}
