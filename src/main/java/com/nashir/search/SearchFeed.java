package com.nashir.search;

import com.nashir.article.ArticleChanged;
import com.nashir.author.AuthorChanged;
import com.nashir.author.DeskChanged;
import com.nashir.published.ArticleScope;
import com.nashir.section.SectionChanged;
import com.nashir.system.Sql;
import com.nashir.tag.TagChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The change feed in the database ({@code search_change}). A content change adds a row per
 * article it touches inside the writing transaction, so the feed holds exactly the committed
 * changes; every node reads it in id order.
 */
@Component
class SearchFeed {
    /** One feed row: this article changed and must be read again. */
    record Change(long id, long articleId) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    SearchFeed(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An article to read again; runs inside the transaction that changed it (synchronous listener). */
    @EventListener
    void record(ArticleChanged event) {
        jdbc.sql("insert into search_change (article_id, changed_at) values (?, ?)")
                .params(event.id(), Sql.param(clock.instant()))
                .update();
    }

    /** Every article of a renamed section, tag, author or desk (their names are in the documents), whatever its state. */
    @EventListener
    void record(SectionChanged event) {
        all(ArticleScope.Kind.SECTION, event.id());
    }

    @EventListener
    void record(DeskChanged event) {
        all(ArticleScope.Kind.DESK, event.id());
    }

    @EventListener
    void record(TagChanged event) {
        all(ArticleScope.Kind.TAG, event.id());
    }

    @EventListener
    void record(AuthorChanged event) {
        all(ArticleScope.Kind.AUTHOR, event.id());
    }

    private void all(ArticleScope.Kind kind, long ref) {
        jdbc.sql("insert into search_change (article_id, changed_at) select a.id, :at from article a where "
                        + kind.articles("= :ref"))
                .param("at", Sql.param(clock.instant()))
                .param("ref", ref)
                .update();
    }

    List<Change> after(long id, int limit) {
        return jdbc.sql("select id, article_id from search_change where id > ? order by id limit ?")
                .params(id, limit)
                .query((rs, n) -> new Change(rs.getLong(1), rs.getLong(2)))
                .list();
    }

    List<Change> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, article_id from search_change where id in (:ids)")
                .param("ids", ids.stream().limit(1000).toList())
                .query((rs, n) -> new Change(rs.getLong(1), rs.getLong(2)))
                .list();
    }

    /** The newest row's id (0 for an empty feed): where a rebuild that starts now may resume. */
    long position() {
        return jdbc.sql("select coalesce(max(id), 0) from search_change")
                .query(Long.class)
                .single();
    }

    /** When the oldest change after {@code id} was made; empty when there is none (the index is up to date). */
    java.util.Optional<Instant> oldestAfter(long id) {
        return jdbc.sql("select min(changed_at) from search_change where id > ?")
                .param(id)
                .query((rs, n) -> java.util.Optional.ofNullable(Sql.instant(rs, 1)))
                .single();
    }

    void prune(Instant before) {
        jdbc.sql("delete from search_change where changed_at < ?")
                .param(Sql.param(before))
                .update();
    }
}
