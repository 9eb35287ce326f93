package com.nashir.breaking;

import com.nashir.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class BreakingRepository {
    private static final String COLUMNS = "select id, text, url, created_at, expires_at from breaking_item ";
    private final JdbcClient jdbc;

    BreakingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BreakingItem> findCurrent(Instant now, int limit) {
        return jdbc.sql(COLUMNS
                        + "where expires_at is null or expires_at > ? order by created_at desc, id desc limit ?")
                .params(Sql.param(now), limit)
                .query(this::map)
                .list();
    }

    List<BreakingItem> findPage(long offset, int limit) {
        return jdbc.sql(COLUMNS + "order by created_at desc, id desc limit ? offset ?")
                .params(limit, offset)
                .query(this::map)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from breaking_item").query(Long.class).single();
    }

    Optional<BreakingItem> findById(long id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id).query(this::map).optional();
    }

    long insert(String text, String url, Instant createdAt, Instant expiresAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into breaking_item (text, url, created_at, expires_at) values (?, ?, ?, ?)")
                .params(text, url, Sql.param(createdAt), Sql.param(expiresAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** {@code expiryAnnounced}: true when the new expiry needs no "expired" event (already past, or ended now). */
    void update(long id, String text, String url, Instant expiresAt, boolean expiryAnnounced) {
        jdbc.sql("update breaking_item set text = ?, url = ?, expires_at = ?, expiry_announced = ? where id = ?")
                .params(text, url, Sql.param(expiresAt), expiryAnnounced, id)
                .update();
    }

    /** Items whose expiry has passed and was not announced yet. */
    List<Long> findUnannouncedExpiries(Instant now) {
        return jdbc.sql(
                        "select id from breaking_item where expiry_announced = false and expires_at <= ? order by expires_at, id")
                .param(Sql.param(now))
                .query(Long.class)
                .list();
    }

    /** The earliest expiry still to be announced, if any. */
    Optional<Instant> nextUnannouncedExpiry() {
        return jdbc.sql("select min(expires_at) as next_expiry from breaking_item where expiry_announced = false")
                .query((rs, row) -> Optional.ofNullable(Sql.instant(rs, "next_expiry")))
                .single();
    }

    /** Claims the announcement of an expiry; false when another node (or an edit) got there first. */
    boolean claimExpiry(long id, Instant now) {
        return jdbc.sql(
                                "update breaking_item set expiry_announced = true where id = ? and expiry_announced = false and expires_at <= ?")
                        .params(id, Sql.param(now))
                        .update()
                == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from breaking_item where id = ?").param(id).update();
    }

    private BreakingItem map(ResultSet rs, int row) throws SQLException {
        return new BreakingItem(
                rs.getLong("id"),
                rs.getString("text"),
                rs.getString("url"),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "expires_at"));
    }
}
