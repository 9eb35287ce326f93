package com.nashir.author;

import com.nashir.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AuthorRepository implements com.nashir.user.AuthorSlugs {
    private static final String COLUMNS = "select id, slug, name, bio, photo_url from author ";
    /** Slugs looked up per query: well within PostgreSQL's 32,767 parameters a statement. */
    static final int LOOKUP_BATCH = 1000;

    private final JdbcClient jdbc;

    AuthorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> idOf(String slug) {
        return findBySlug(slug).map(Author::id);
    }

    public Optional<Author> findBySlug(String slug) {
        return jdbc.sql(COLUMNS + "where slug = ?").param(slug).query(this::map).optional();
    }

    /**
     * The authors with these slugs, by slug; slugs no author has are absent. One query for up to
     * {@link #LOOKUP_BATCH} slugs (a byline has a few; a refused one may have more).
     */
    public Map<String, Author> findBySlugs(List<String> slugs) {
        Map<String, Author> found = new HashMap<>();
        for (int from = 0; from < slugs.size(); from += LOOKUP_BATCH) {
            jdbc.sql(COLUMNS + "where slug in (:slugs)")
                    .param("slugs", slugs.subList(from, Math.min(slugs.size(), from + LOOKUP_BATCH)))
                    .query(this::map)
                    .list()
                    .forEach(a -> found.put(a.slug(), a));
        }
        return found;
    }

    public Optional<Author> findById(long id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id).query(this::map).optional();
    }

    public List<Author> findPage(long offset, int limit) {
        return jdbc.sql(COLUMNS + "order by name limit ? offset ?")
                .params(limit, offset)
                .query(this::map)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from author").query(Long.class).single();
    }

    /** The authors with these ids, by id (for {@link KeptAuthors}). */
    Map<Long, Author> findByIds(Collection<Long> ids) {
        Map<Long, Author> byId = new HashMap<>();
        jdbc.sql(COLUMNS + "where id in (:ids)")
                .param("ids", ids)
                .query(this::map)
                .list()
                .forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    /** How many articles (of every status) each of these authors signs; absent ids sign none. */
    public Map<Long, Long> articleCounts(Collection<Long> authorIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!authorIds.isEmpty()) {
            jdbc.sql("select author_id, count(*) as n from article_author where author_id in (:ids) group by author_id")
                    .param("ids", authorIds)
                    .query(rs -> {
                        counts.put(rs.getLong("author_id"), rs.getLong("n"));
                    });
        }
        return counts;
    }

    long insert(String slug, String name, String bio, String photoUrl, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into author (slug, name, bio, photo_url, created_at) values (?, ?, ?, ?, ?)")
                .params(slug, name, bio, photoUrl, Sql.param(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, String slug, String name, String bio, String photoUrl) {
        jdbc.sql("update author set slug = ?, name = ?, bio = ?, photo_url = ? where id = ?")
                .params(slug, name, bio, photoUrl, id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from author where id = ?").param(id).update();
    }

    long countArticles(long id) {
        return jdbc.sql("select count(*) from article_author where author_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private Author map(ResultSet rs, int row) throws SQLException {
        return new Author(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("bio"),
                rs.getString("photo_url"));
    }
}
