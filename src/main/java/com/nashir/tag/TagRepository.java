package com.nashir.tag;

import com.nashir.arabic.ArabicSlugs;
import com.nashir.system.Sql;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class TagRepository {
    private static final String COLUMNS = "select id, slug, name, description from tag ";
    /** Name matches, case-insensitively, the query taken literally. */
    private static final String MATCHES = "where lower(name) like :q escape '!' ";
    /** Names looked up per query: well within PostgreSQL's 32,767 parameters a statement. */
    static final int LOOKUP_BATCH = 500;

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

    public Optional<Tag> findByName(String name) {
        return jdbc.sql(COLUMNS + "where name = ?").param(name).query(this::map).optional();
    }

    public List<Tag> findPage(long offset, int limit) {
        return jdbc.sql(COLUMNS + "order by name limit ? offset ?")
                .params(limit, offset)
                .query(this::map)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from tag").query(Long.class).single();
    }

    /** Tags whose name contains {@code query} (blank: all), by name. */
    public List<Tag> search(String query, long offset, int limit) {
        boolean all = query == null || query.isBlank();
        var spec = jdbc.sql(COLUMNS + (all ? "" : MATCHES) + "order by name limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset);
        return (all ? spec : spec.param("q", likePattern(query)))
                .query(this::map)
                .list();
    }

    public long count(String query) {
        if (query == null || query.isBlank()) {
            return count();
        }
        return jdbc.sql("select count(*) from tag " + MATCHES)
                .param("q", likePattern(query))
                .query(Long.class)
                .single();
    }

    /** The tags with these ids, by id (for {@link KeptTags}). */
    Map<Long, Tag> findByIds(Collection<Long> ids) {
        Map<Long, Tag> byId = new HashMap<>();
        jdbc.sql(COLUMNS + "where id in (:ids)")
                .param("ids", ids)
                .query(this::map)
                .list()
                .forEach(t -> byId.put(t.id(), t));
        return byId;
    }

    /** How many articles (of every status) carry each of these tags; absent ids carry none. */
    public Map<Long, Long> articleCounts(Collection<Long> tagIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!tagIds.isEmpty()) {
            jdbc.sql("select tag_id, count(*) as n from article_tag where tag_id in (:ids) group by tag_id")
                    .param("ids", tagIds)
                    .query(rs -> {
                        counts.put(rs.getLong("tag_id"), rs.getLong("n"));
                    });
        }
        return counts;
    }

    /**
     * The tag an article naming {@code name} gets, if it exists already: the one of that exact name,
     * else the one of its slug, since names that slugify alike ("التطبيع" and "التطبيع!") are one tag.
     */
    public Optional<Tag> find(String name) {
        String clean = clean(name);
        return findByName(clean).or(() -> findBySlug(slugFor(clean)));
    }

    /**
     * The tags that a list of names stands for: {@code found} holds, by clean name, those that
     * exist already (as {@link #find} finds them); {@link #missing} the names of the rest.
     */
    public record Lookup(List<String> names, Map<String, Tag> found) {
        public Lookup {
            names = List.copyOf(names);
            found = Map.copyOf(found);
        }

        /** The names no tag exists for yet, in the order given. */
        public List<String> missing() {
            return names.stream().filter(n -> !found.containsKey(n)).toList();
        }
    }

    /**
     * Looks up what {@link #find} would give for each of these names: one query for up to
     * {@link #LOOKUP_BATCH} names (an article has at most 20; a refused list may be longer).
     */
    public Lookup lookUp(Collection<String> names) {
        List<String> clean = names.stream().map(TagRepository::clean).distinct().toList();
        List<Tag> rows = new ArrayList<>();
        for (int from = 0; from < clean.size(); from += LOOKUP_BATCH) {
            List<String> part = clean.subList(from, Math.min(clean.size(), from + LOOKUP_BATCH));
            rows.addAll(jdbc.sql(COLUMNS + "where name in (:names) or slug in (:slugs)")
                    .param("names", part)
                    .param(
                            "slugs",
                            part.stream().map(TagRepository::slugFor).distinct().toList())
                    .query(this::map)
                    .list());
        }
        Map<String, Tag> byName = new HashMap<>();
        Map<String, Tag> bySlug = new HashMap<>();
        rows.forEach(t -> {
            byName.put(t.name(), t);
            bySlug.put(t.slug(), t);
        });
        Map<String, Tag> found = new HashMap<>();
        for (String name : clean) {
            Tag t = byName.containsKey(name) ? byName.get(name) : bySlug.get(slugFor(name));
            if (t != null) {
                found.put(name, t);
            }
        }
        return new Lookup(clean, found);
    }

    /**
     * The tags of a {@link Lookup}, in its order and each once: the missing ones are created first,
     * all in one statement (names that slugify alike make one tag, named as the first of them).
     */
    public List<Tag> findOrCreate(Lookup lookup, Instant now) {
        Map<String, String> newBySlug = new LinkedHashMap<>();
        for (String name : lookup.missing()) {
            newBySlug.putIfAbsent(slugFor(name), name);
        }
        Map<String, Tag> created = insertAll(newBySlug, now);
        LinkedHashSet<Tag> tags = new LinkedHashSet<>();
        for (String name : lookup.names()) {
            Tag t = lookup.found().get(name);
            tags.add(t != null ? t : created.get(slugFor(name)));
        }
        return List.copyOf(tags);
    }

    /** New tags (names by slug) in one multi-row insert; the tags made, by slug. */
    private Map<String, Tag> insertAll(Map<String, String> namesBySlug, Instant now) {
        if (namesBySlug.isEmpty()) {
            return Map.of();
        }
        List<Object> values = new ArrayList<>();
        namesBySlug.forEach((slug, name) -> values.addAll(List.of(slug, name, "", Sql.param(now))));
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into tag (slug, name, description, created_at) values "
                        + String.join(", ", Collections.nCopies(namesBySlug.size(), "(?, ?, ?, ?)")))
                .params(values)
                .update(keys, "id", "slug");
        Map<String, Tag> made = new HashMap<>();
        for (Map<String, Object> key : keys.getKeyList()) {
            String slug = (String) key.get("slug");
            made.put(slug, new Tag(((Number) key.get("id")).longValue(), slug, namesBySlug.get(slug), ""));
        }
        return made;
    }

    long insert(String name, String slug, String description, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into tag (slug, name, description, created_at) values (?, ?, ?, ?)")
                .params(slug, name, description, Sql.param(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, String name, String slug, String description) {
        jdbc.sql("update tag set name = ?, slug = ?, description = ? where id = ?")
                .params(name, slug, description, id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from tag where id = ?").param(id).update();
    }

    long countArticles(long id) {
        return jdbc.sql("select count(*) from article_tag where tag_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    /** Spaces folded, ends trimmed: the form a tag name is stored in. */
    static String clean(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    static String slugFor(String name) {
        String slug = ArabicSlugs.slugify(name, 100);
        // A name of symbols only still needs a stable, unique address.
        return slug.isEmpty()
                ? "tag-"
                        + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8))
                                .toString()
                                .substring(0, 8)
                : slug;
    }

    /** "%…%" with the query's own % and _ (and the escape character !) taken literally, lower-cased. */
    private static String likePattern(String query) {
        StringBuilder sb = new StringBuilder("%");
        for (char c : query.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == '!') {
                sb.append('!');
            }
            sb.append(c);
        }
        return sb.append('%').toString();
    }

    private Tag map(ResultSet rs, int row) throws SQLException {
        return new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"));
    }
}
