package com.nashir.tag;

import com.nashir.arabic.ArabicSlugs;
import com.nashir.system.Sql;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class TagRepository {
    private static final String COLUMNS = "select id, slug, name from tag ";
    private final JdbcClient jdbc;

    TagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Tag> findBySlug(String slug) {
        return jdbc.sql(COLUMNS + "where slug = ?").param(slug).query(this::map).optional();
    }

    public Optional<Tag> findById(long id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id).query(this::map).optional();
    }

    public List<Tag> findPage(long offset, int limit) {
        return jdbc.sql(COLUMNS + "order by name limit ? offset ?").params(limit, offset).query(this::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from tag").query(Long.class).single();
    }

    /**
     * The tag with this name, created when missing. Names that slugify alike ("التطبيع" and
     * "التطبيع!") are one tag, so the lookup goes by slug.
     */
    public Tag findOrCreate(String name, Instant now) {
        String clean = name.trim().replaceAll("\\s+", " ");
        String slug = slugFor(clean);
        return findBySlug(slug).orElseGet(() -> {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into tag (slug, name, created_at) values (?, ?, ?)")
                    .params(slug, clean, Sql.param(now)).update(keys, "id");
            return new Tag(keys.getKey().longValue(), slug, clean);
        });
    }

    void rename(long id, String name) {
        jdbc.sql("update tag set name = ?, slug = ? where id = ?").params(name, slugFor(name), id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from article_tag where tag_id = ?").param(id).update();
        jdbc.sql("delete from tag where id = ?").param(id).update();
    }

    static String slugFor(String name) {
        String slug = ArabicSlugs.slugify(name, 100);
        // A name of symbols only still needs a stable, unique address.
        return slug.isEmpty() ? "tag-" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8) : slug;
    }

    private Tag map(ResultSet rs, int row) throws SQLException {
        return new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name"));
    }
}
