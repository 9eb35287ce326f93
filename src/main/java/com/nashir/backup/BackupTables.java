package com.nashir.backup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which tables a backup holds, in the order a restore inserts them (every table after the tables
 * it refers to), and which tables it leaves out and why. A table that is in neither list stops a
 * backup ({@link SiteBackup}) and fails {@code BackupTablesIT}: a new migration must say where its
 * tables belong, so nothing a site stores is ever silently missing from its backups.
 */
public final class BackupTables {

    /**
     * One backed-up table: rows are written in {@code orderBy} order (so a comment's parent comes
     * before its replies); {@code identity} tables get their id generator moved past the restored
     * ids; {@code seeded} tables hold a row that a migration inserts, which a restore replaces.
     */
    public record Table(String name, String orderBy, boolean identity, boolean seeded) {}

    private static Table rows(String name, String orderBy) {
        return new Table(name, orderBy, false, false);
    }

    private static Table identity(String name) {
        return new Table(name, "id", true, false);
    }

    private static Table seeded(String name, String orderBy) {
        return new Table(name, orderBy, false, true);
    }

    /** Dependency order: sections, tags and people first, then media, articles and what hangs on them. */
    public static final List<Table> INCLUDED = List.of(
            identity("section"),
            identity("tag"),
            identity("author"),
            identity("desk"),
            identity("app_user"),
            identity("api_token"),
            identity("media"),
            rows("media_size", "media_id, width"),
            rows("site_setting", "id"),
            identity("article"),
            rows("article_author", "article_id, author_id"),
            rows("article_tag", "article_id, tag_id"),
            identity("article_revision"),
            identity("article_correction"),
            identity("live_update"),
            identity("reader_comment"),
            identity("breaking_item"),
            rows("breaking_event", "id"),
            seeded("breaking_event_counter", "last_id"),
            identity("audit_event"),
            rows("slug_history", "kind, slug"),
            rows("comment_policy", "id"),
            rows("comment_form_key", "id"),
            seeded("site_setup", "id"),
            rows("wordpress_import", "kind, wp_id"),
            seeded("front_page", "id"),
            rows("front_pin", "zone_key, position"),
            rows("front_section", "position"),
            rows("article_view_hour", "article_id, hour_start"));

    /**
     * Tables left out, with the reason. Those marked transient are emptied by a forced restore
     * (they describe the site being replaced); the schema history is Flyway's own.
     */
    public static final Map<String, String> EXCLUDED = Map.of(
            "flyway_schema_history", "schema: Flyway writes it when the restore migrates the target",
            "search_change", "transient: the search index is rebuilt after a restore",
            "article_related", "transient: related articles are found again from the rebuilt search index",
            "login_failure", "transient: login throttling counters, minutes long",
            "login_known_address", "transient: where accounts signed in before, which only spares them the login delay",
            "spring_session", "transient: newsroom sessions; people sign in again",
            "spring_session_attributes", "transient: newsroom sessions; people sign in again");

    private BackupTables() {}

    public static Optional<Table> find(String name) {
        return INCLUDED.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    static boolean isTransient(String name) {
        return EXCLUDED.getOrDefault(name, "").startsWith("transient");
    }

    /** True when the table is either backed up or knowingly left out. */
    public static boolean covers(String name) {
        return find(name).isPresent() || EXCLUDED.containsKey(name);
    }
}
