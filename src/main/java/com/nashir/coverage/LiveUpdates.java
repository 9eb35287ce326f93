package com.nashir.coverage;

import com.nashir.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code live_update} table. */
@Repository
public class LiveUpdates {
    /** More than any live coverage has in a day; a page shows the newest this many. */
    public static final int SHOWN = 300;

    private static final String COLUMNS =
            "select id, article_id, posted_at, modified_at, body, pinned, author_id, author_name from live_update ";

    private final JdbcClient jdbc;

    LiveUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An article's updates, newest first (the key update among them, where its time puts it). */
    public List<LiveUpdate> of(long articleId) {
        return jdbc.sql(COLUMNS + "where article_id = ? order by posted_at desc, id desc limit " + SHOWN)
                .param(articleId)
                .query(LiveUpdates::map)
                .list();
    }

    /** The updates among {@code ids} that still exist (the live stream's frames). */
    public List<LiveUpdate> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "where id in (:ids)")
                .param("ids", ids)
                .query(LiveUpdates::map)
                .list();
    }

    public Optional<LiveUpdate> find(long id) {
        return jdbc.sql(COLUMNS + "where id = ?")
                .param(id)
                .query(LiveUpdates::map)
                .optional();
    }

    long insert(long articleId, Instant postedAt, Instant now, String body, Long authorId, String authorName) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into live_update (article_id, posted_at, modified_at, body, pinned, author_id, author_name) values (?, ?, ?, ?, false, ?, ?)")
                .params(articleId, Sql.param(postedAt), Sql.param(now), body, authorId, authorName)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void changeBody(long id, String body, Instant now) {
        jdbc.sql("update live_update set body = ?, modified_at = ? where id = ?")
                .params(body, Sql.param(now), id)
                .update();
    }

    /** Pins one update of its article (and unpins the one pinned before): the ids of those that changed. */
    List<Long> pin(long articleId, long id, boolean pinned, Instant now) {
        List<Long> before = jdbc.sql("select id from live_update where article_id = ? and pinned = true")
                .param(articleId)
                .query(Long.class)
                .list();
        if (pinned) {
            jdbc.sql(
                            "update live_update set pinned = (id = ?), modified_at = ? where article_id = ? and (pinned = true or id = ?)")
                    .params(id, Sql.param(now), articleId, id)
                    .update();
        } else {
            jdbc.sql("update live_update set pinned = false, modified_at = ? where id = ?")
                    .params(Sql.param(now), id)
                    .update();
        }
        java.util.Set<Long> changed = new java.util.LinkedHashSet<>(before);
        changed.add(id);
        return List.copyOf(changed);
    }

    void delete(long id) {
        jdbc.sql("delete from live_update where id = ?").param(id).update();
    }

    private static LiveUpdate map(ResultSet rs, int row) throws SQLException {
        return new LiveUpdate(
                rs.getLong("id"),
                rs.getLong("article_id"),
                Sql.instant(rs, "posted_at"),
                Sql.instant(rs, "modified_at"),
                rs.getString("body"),
                rs.getBoolean("pinned"),
                rs.getObject("author_id", Long.class),
                rs.getString("author_name"));
    }
}
