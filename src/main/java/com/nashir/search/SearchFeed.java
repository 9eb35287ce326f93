package com.nashir.search;

import com.nashir.system.ContentChangedEvent;
import com.nashir.system.Sql;
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

    /** Runs inside the transaction that published the event (synchronous listener). */
    @EventListener
    void record(ContentChangedEvent event) {
        var now = Sql.param(clock.instant());
        String articles = switch (event.kind()) {
            case "article" -> null;
            case "section" -> "select id from article where section_id = ?";
            case "desk" -> "select id from article where desk_id = ?";
            case "tag" -> "select article_id as id from article_tag where tag_id = ?";
            case "author" -> "select article_id as id from article_author where author_id = ?";
            default -> "";
        };
        if (articles == null) {
            jdbc.sql("insert into search_change (article_id, changed_at) values (?, ?)").params(event.id(), now).update();
        } else if (!articles.isEmpty()) {
            jdbc.sql("insert into search_change (article_id, changed_at) select x.id, ? from (" + articles + ") x").params(now, event.id()).update();
        }
    }

    List<Change> after(long id, int limit) {
        return jdbc.sql("select id, article_id from search_change where id > ? order by id limit ?")
                .params(id, limit).query((rs, n) -> new Change(rs.getLong(1), rs.getLong(2))).list();
    }

    List<Change> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, article_id from search_change where id in (:ids)")
                .param("ids", ids.stream().limit(1000).toList()).query((rs, n) -> new Change(rs.getLong(1), rs.getLong(2))).list();
    }

    /** The newest row's id (0 for an empty feed): where a rebuild that starts now may resume. */
    long position() {
        return jdbc.sql("select coalesce(max(id), 0) from search_change").query(Long.class).single();
    }

    void prune(Instant before) {
        jdbc.sql("delete from search_change where changed_at < ?").param(Sql.param(before)).update();
    }
}
