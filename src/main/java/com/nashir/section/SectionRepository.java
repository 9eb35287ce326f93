package com.nashir.section;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import com.nashir.system.Sql;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class SectionRepository {
    private final JdbcClient jdbc;

    SectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Section> findAll() {
        return jdbc.sql("select id, slug, name, position from section order by position, id").query(this::map).list();
    }

    public Optional<Section> findBySlug(String slug) {
        return jdbc.sql("select id, slug, name, position from section where slug = ?").param(slug).query(this::map).optional();
    }

    public Optional<Section> findById(long id) {
        return jdbc.sql("select id, slug, name, position from section where id = ?").param(id).query(this::map).optional();
    }

    long insert(String slug, String name, int position, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into section (slug, name, position, created_at) values (?, ?, ?, ?)")
                .params(slug, name, position, Sql.param(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, String slug, String name, int position) {
        jdbc.sql("update section set slug = ?, name = ?, position = ? where id = ?").params(slug, name, position, id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from section where id = ?").param(id).update();
    }

    long countArticles(long id) {
        return jdbc.sql("select count(*) from article where section_id = ?").param(id).query(Long.class).single();
    }

    int nextPosition() {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from section").query(Integer.class).single();
    }

    private Section map(ResultSet rs, int row) throws SQLException {
        return new Section(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getInt("position"));
    }
}
