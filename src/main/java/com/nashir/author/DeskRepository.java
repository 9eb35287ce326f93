package com.nashir.author;

import com.nashir.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class DeskRepository {
    private static final String COLUMNS = "select id, slug, name, description from desk ";
    private final JdbcClient jdbc;

    DeskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Desk> findBySlug(String slug) {
        return jdbc.sql(COLUMNS + "where slug = ?").param(slug).query(this::map).optional();
    }

    public Optional<Desk> findByName(String name) {
        return jdbc.sql(COLUMNS + "where name = ?").param(name).query(this::map).optional();
    }

    public Optional<Desk> findById(long id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id).query(this::map).optional();
    }

    public List<Desk> findAll() {
        return jdbc.sql(COLUMNS + "order by name").query(this::map).list();
    }

    /** Articles per desk id, of every status. */
    public Map<Long, Long> articleCounts() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select desk_id, count(*) as n from article where desk_id is not null group by desk_id")
                .query(rs -> {
                    counts.put(rs.getLong("desk_id"), rs.getLong("n"));
                });
        return counts;
    }

    long insert(String slug, String name, String description, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into desk (slug, name, description, created_at) values (?, ?, ?, ?)")
                .params(slug, name, description, Sql.param(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, String slug, String name, String description) {
        jdbc.sql("update desk set slug = ?, name = ?, description = ? where id = ?")
                .params(slug, name, description, id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from desk where id = ?").param(id).update();
    }

    long countArticles(long id) {
        return jdbc.sql("select count(*) from article where desk_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private Desk map(ResultSet rs, int row) throws SQLException {
        return new Desk(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"));
    }
}
