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
        return jdbc.sql(COLUMNS + "where expires_at is null or expires_at > ? order by created_at desc, id desc limit ?")
                .params(Sql.param(now), limit).query(this::map).list();
    }

    List<BreakingItem> findPage(long offset, int limit) {
        return jdbc.sql(COLUMNS + "order by created_at desc, id desc limit ? offset ?").params(limit, offset).query(this::map).list();
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
                .params(text, url, Sql.param(createdAt), Sql.param(expiresAt)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, String text, String url, Instant expiresAt) {
        jdbc.sql("update breaking_item set text = ?, url = ?, expires_at = ? where id = ?")
                .params(text, url, Sql.param(expiresAt), id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from breaking_item where id = ?").param(id).update();
    }

    private BreakingItem map(ResultSet rs, int row) throws SQLException {
        return new BreakingItem(rs.getLong("id"), rs.getString("text"), rs.getString("url"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"));
    }
}
