package com.nashir.media;

import com.nashir.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Rows of media and media_size. Portable SQL (H2 and PostgreSQL): generated keys, no RETURNING. */
@Repository
class MediaRepository {
    private static final String COLUMNS =
            "select id, storage_key, filename, content_type, source_format, width, height, bytes, "
                    + "alt, caption, credit, archive, uploaded_by, created_at from media ";
    /** Text searched: alt and caption, case-insensitively, the query taken literally. */
    private static final String MATCHES = "where lower(alt) like ? escape '!' or lower(caption) like ? escape '!' ";

    private final JdbcClient jdbc;

    MediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new item without sizes yet: everything but the id. */
    record NewMedia(
            String key,
            String filename,
            String contentType,
            String sourceFormat,
            int width,
            int height,
            long bytes,
            String alt,
            String caption,
            String credit,
            boolean archive,
            Long uploadedBy,
            Instant createdAt) {}

    /** The item and its sizes, in one transaction: a row never exists without its files listed. */
    @Transactional
    long insert(NewMedia m, List<MediaSize> sizes) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into media (storage_key, filename, content_type, source_format, width, height, bytes, alt, caption, "
                                + "credit, archive, uploaded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        m.key(),
                        m.filename(),
                        m.contentType(),
                        m.sourceFormat(),
                        m.width(),
                        m.height(),
                        m.bytes(),
                        m.alt(),
                        m.caption(),
                        m.credit(),
                        m.archive(),
                        m.uploadedBy(),
                        Sql.param(m.createdAt()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (MediaSize s : sizes) {
            jdbc.sql("insert into media_size (media_id, width, height, bytes, original) values (?, ?, ?, ?, ?)")
                    .params(id, s.width(), s.height(), s.bytes(), s.original())
                    .update();
        }
        return id;
    }

    Optional<MediaItem> findById(long id) {
        List<Row> rows = jdbc.sql(COLUMNS + "where id = ?")
                .param(id)
                .query(MediaRepository::row)
                .list();
        return withSizes(rows).stream().findFirst();
    }

    /** The items with these storage keys, in no order (one query for the rows, one for their sizes). */
    List<MediaItem> findByKeys(java.util.Collection<String> storageKeys) {
        if (storageKeys.isEmpty()) {
            return List.of();
        }
        return withSizes(jdbc.sql(COLUMNS + "where storage_key in (:keys)")
                .param("keys", storageKeys)
                .query(MediaRepository::row)
                .list());
    }

    /** Newest first; a blank query lists everything. */
    List<MediaItem> search(String query, long offset, int limit) {
        List<Object> args = new ArrayList<>();
        if (!blank(query)) {
            args.add(likePattern(query));
            args.add(likePattern(query));
        }
        args.add(limit);
        args.add(offset);
        String sql = COLUMNS + (blank(query) ? "" : MATCHES) + "order by created_at desc, id desc limit ? offset ?";
        return withSizes(jdbc.sql(sql).params(args).query(MediaRepository::row).list());
    }

    long count(String query) {
        if (blank(query)) {
            return jdbc.sql("select count(*) from media").query(Long.class).single();
        }
        String pattern = likePattern(query);
        return jdbc.sql("select count(*) from media " + MATCHES)
                .params(pattern, pattern)
                .query(Long.class)
                .single();
    }

    void update(long id, String alt, String caption, String credit, boolean archive) {
        jdbc.sql("update media set alt = ?, caption = ?, credit = ?, archive = ? where id = ?")
                .params(alt, caption, credit, archive, id)
                .update();
    }

    /** Sizes go with the row (on delete cascade). */
    boolean delete(long id) {
        return jdbc.sql("delete from media where id = ?").param(id).update() > 0;
    }

    /**
     * "%…%" with the query's own % and _ (and the escape character !) taken literally, lower-cased
     * to match {@code lower(column)}.
     */
    static String likePattern(String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder("%");
        for (char c : q.toCharArray()) {
            if (c == '%' || c == '_' || c == '!') {
                sb.append('!');
            }
            sb.append(c);
        }
        return sb.append('%').toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A media row before its sizes are attached. */
    private record Row(
            long id,
            String key,
            String filename,
            String contentType,
            String sourceFormat,
            int width,
            int height,
            long bytes,
            String alt,
            String caption,
            String credit,
            boolean archive,
            Long uploadedBy,
            Instant createdAt) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        long uploader = rs.getLong("uploaded_by");
        Long uploadedBy =
                rs.wasNull() ? null : uploader; // right after the read: wasNull() is about the last column read
        return new Row(
                rs.getLong("id"),
                rs.getString("storage_key"),
                rs.getString("filename"),
                rs.getString("content_type"),
                rs.getString("source_format"),
                rs.getInt("width"),
                rs.getInt("height"),
                rs.getLong("bytes"),
                rs.getString("alt"),
                rs.getString("caption"),
                rs.getString("credit"),
                rs.getBoolean("archive"),
                uploadedBy,
                Sql.instant(rs, "created_at"));
    }

    /** One query for the sizes of all rows on a page, not one per row. */
    private List<MediaItem> withSizes(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        String marks = String.join(", ", Collections.nCopies(rows.size(), "?"));
        Map<Long, List<MediaSize>> sizes = new HashMap<>();
        jdbc.sql("select media_id, width, height, bytes, original from media_size where media_id in (" + marks + ") "
                        + "order by media_id, width")
                .params(rows.stream().map(Row::id).toList())
                .query(rs -> {
                    Row r = byId.get(rs.getLong("media_id"));
                    int width = rs.getInt("width");
                    sizes.computeIfAbsent(r.id(), k -> new ArrayList<>())
                            .add(new MediaSize(
                                    width,
                                    rs.getInt("height"),
                                    rs.getLong("bytes"),
                                    rs.getBoolean("original"),
                                    MediaKeys.file(r.key(), width, extension(r.contentType()))));
                });
        return rows.stream()
                .map(r -> new MediaItem(
                        r.id(),
                        r.key(),
                        r.filename(),
                        r.contentType(),
                        r.sourceFormat(),
                        r.width(),
                        r.height(),
                        r.bytes(),
                        r.alt(),
                        r.caption(),
                        r.credit(),
                        r.archive(),
                        r.uploadedBy(),
                        r.createdAt(),
                        List.copyOf(sizes.getOrDefault(r.id(), List.of()))))
                .toList();
    }

    static String extension(String contentType) {
        return "image/png".equals(contentType) ? "png" : "jpg";
    }
}
