package com.nashir.system;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slugs that sections, tags, authors and desks had before they were renamed, so the public site
 * can answer an old link with 301 to the new address. {@code kind} is "section", "tag", "author"
 * or "desk". A slug in use now always wins: the site looks here only when nothing has the slug.
 */
@Component
public class SlugHistory {
    private final JdbcClient jdbc;

    SlugHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers that {@code oldSlug} led to {@code targetId}; a later rename of another item to and from it takes it over. */
    public void remember(String kind, String oldSlug, long targetId, Instant now) {
        jdbc.sql("delete from slug_history where kind = ? and slug = ?")
                .params(kind, oldSlug)
                .update();
        jdbc.sql("insert into slug_history (kind, slug, target_id, changed_at) values (?, ?, ?, ?)")
                .params(kind, oldSlug, targetId, Sql.param(now))
                .update();
    }

    /** The id an old slug led to, if it was ever renamed away. */
    public Optional<Long> find(String kind, String slug) {
        return jdbc.sql("select target_id from slug_history where kind = ? and slug = ?")
                .params(kind, slug)
                .query(Long.class)
                .optional();
    }

    /** Drops every old slug of a deleted item. */
    public void forget(String kind, long targetId) {
        jdbc.sql("delete from slug_history where kind = ? and target_id = ?")
                .params(kind, targetId)
                .update();
    }
}
