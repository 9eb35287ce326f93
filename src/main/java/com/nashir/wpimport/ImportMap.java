package com.nashir.wpimport;

import com.nashir.system.Sql;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code wordpress_import}: which Nashir item each WordPress item became. */
@Repository
class ImportMap {
    /** One imported item. */
    record Row(String kind, String wpId, long nashirId, String wpSlug, String wpDate, String fingerprint) {}

    private final JdbcClient jdbc;

    ImportMap(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(String kind, String wpId) {
        return jdbc.sql(
                        "select kind, wp_id, nashir_id, wp_slug, wp_date, fingerprint from wordpress_import where kind = ? and wp_id = ?")
                .params(kind, wpId)
                .query(ImportMap::map)
                .optional();
    }

    /** Rows of the given kinds with this WordPress slug (old addresses name items by slug). */
    List<Row> bySlug(String slug, List<String> kinds) {
        return jdbc.sql("select kind, wp_id, nashir_id, wp_slug, wp_date, fingerprint from wordpress_import "
                        + "where wp_slug = :slug and kind in (:kinds) order by kind, wp_id")
                .param("slug", slug)
                .param("kinds", kinds)
                .query(ImportMap::map)
                .list();
    }

    /** Inserts the row, or replaces what it says when the WordPress item was imported before. */
    void put(Row row, Instant now) {
        int changed = jdbc.sql(
                        "update wordpress_import set nashir_id = ?, wp_slug = ?, wp_date = ?, fingerprint = ?, imported_at = ? "
                                + "where kind = ? and wp_id = ?")
                .params(
                        row.nashirId(),
                        row.wpSlug(),
                        row.wpDate(),
                        row.fingerprint(),
                        Sql.param(now),
                        row.kind(),
                        row.wpId())
                .update();
        if (changed == 0) {
            jdbc.sql(
                            "insert into wordpress_import (kind, wp_id, nashir_id, wp_slug, wp_date, fingerprint, imported_at) "
                                    + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            row.kind(),
                            row.wpId(),
                            row.nashirId(),
                            row.wpSlug(),
                            row.wpDate(),
                            row.fingerprint(),
                            Sql.param(now))
                    .update();
        }
    }

    private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                rs.getString("kind"),
                rs.getString("wp_id"),
                rs.getLong("nashir_id"),
                rs.getString("wp_slug"),
                rs.getString("wp_date"),
                rs.getString("fingerprint"));
    }
}
