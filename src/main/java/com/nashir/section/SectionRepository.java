package com.nashir.section;

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
public class SectionRepository {
    private static final String COLUMNS =
            "select id, slug, name, description, position, in_menu, opinion from section ";
    private final JdbcClient jdbc;

    SectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Section> findAll() {
        return jdbc.sql(COLUMNS + "order by position, id").query(this::map).list();
    }

    public Optional<Section> findBySlug(String slug) {
        return jdbc.sql(COLUMNS + "where slug = ?").param(slug).query(this::map).optional();
    }

    public Optional<Section> findById(long id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id).query(this::map).optional();
    }

    /** Articles per section id, of every status (trashed ones still belong to their section). */
    public Map<Long, Long> articleCounts() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select section_id, count(*) as n from article group by section_id")
                .query(rs -> {
                    counts.put(rs.getLong("section_id"), rs.getLong("n"));
                });
        return counts;
    }

    long insert(
            String slug, String name, String description, int position, boolean inMenu, boolean opinion, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into section (slug, name, description, position, in_menu, opinion, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(slug, name, description, position, inMenu, opinion, Sql.param(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, String slug, String name, String description, int position, boolean inMenu, boolean opinion) {
        jdbc.sql(
                        "update section set slug = ?, name = ?, description = ?, position = ?, in_menu = ?, opinion = ? where id = ?")
                .params(slug, name, description, position, inMenu, opinion, id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from section where id = ?").param(id).update();
    }

    long countArticles(long id) {
        return jdbc.sql("select count(*) from article where section_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    int nextPosition() {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from section")
                .query(Integer.class)
                .single();
    }

    private Section map(ResultSet rs, int row) throws SQLException {
        return new Section(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getInt("position"),
                rs.getBoolean("in_menu"),
                rs.getBoolean("opinion"));
    }
}
