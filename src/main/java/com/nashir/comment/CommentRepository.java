package com.nashir.comment;

import com.nashir.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of reader_comment. Parameterized, portable SQL; generated keys instead of RETURNING. */
@Repository
class CommentRepository {
    private static final String COLUMNS =
            "c.id, c.article_id, c.parent_id, c.author_name, c.author_email, c.body, c.status, "
                    + "c.address, c.created_at, c.edited, c.moderated_at, c.moderated_by ";

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long articleId,
            Long parentId,
            String name,
            String email,
            String text,
            CommentStatus status,
            String address,
            Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into reader_comment (article_id, parent_id, author_name, author_email, body, status, address, created_at) "
                                + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(articleId, parentId, name, email, text, status.wire(), address, Sql.param(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** An imported comment's stored fields replaced by what the source says now. */
    void replaceImported(
            long id,
            Long parentId,
            String name,
            String email,
            String text,
            CommentStatus status,
            String address,
            Instant at) {
        jdbc.sql(
                        "update reader_comment set parent_id = ?, author_name = ?, author_email = ?, body = ?, status = ?, address = ?, "
                                + "created_at = ? where id = ?")
                .params(parentId, name, email, text, status.wire(), address, Sql.param(at), id)
                .update();
    }

    Optional<Comment> find(long id) {
        return jdbc.sql("select " + COLUMNS + "from reader_comment c where c.id = ?")
                .param(id)
                .query(CommentRepository::map)
                .optional();
    }

    List<Comment> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + "from reader_comment c where c.id in (:ids) order by c.id")
                .param("ids", ids)
                .query(CommentRepository::map)
                .list();
    }

    /** Approved comments of an article, oldest first. */
    List<Comment> approved(long articleId) {
        return jdbc.sql("select " + COLUMNS + "from reader_comment c where c.article_id = ? and c.status = 'approved' "
                        + "order by c.created_at, c.id")
                .param(articleId)
                .query(CommentRepository::map)
                .list();
    }

    /** Newest first; {@code status} null lists every status but deleted; {@code articleId} null every article. */
    List<ModerationItem> queue(CommentStatus status, Long articleId, long offset, int limit) {
        Where w = where(status, articleId);
        List<Object> params = new ArrayList<>(w.params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select " + COLUMNS
                        + ", a.headline, a.slug from reader_comment c join article a on a.id = c.article_id" + w.sql
                        + " order by c.id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> new ModerationItem(map(rs, n), rs.getString("headline"), rs.getString("slug")))
                .list();
    }

    long count(CommentStatus status, Long articleId) {
        Where w = where(status, articleId);
        return jdbc.sql("select count(*) from reader_comment c" + w.sql)
                .params(w.params)
                .query(Long.class)
                .single();
    }

    /** How many comments are in each status (every status present, zero when none). */
    Map<CommentStatus, Long> counts() {
        Map<CommentStatus, Long> out = new EnumMap<>(CommentStatus.class);
        for (CommentStatus s : CommentStatus.values()) {
            out.put(s, 0L);
        }
        jdbc.sql("select status, count(*) as n from reader_comment group by status")
                .query(rs -> {
                    CommentStatus s = CommentStatus.fromWire(rs.getString("status"));
                    if (s != null) {
                        out.put(s, rs.getLong("n"));
                    }
                });
        return out;
    }

    /** Holds the article's row until the transaction ends: comments on one article are written one at a time. */
    void lockArticle(long articleId) {
        jdbc.sql("select id from article where id = ? for update")
                .param(articleId)
                .query(Long.class)
                .optional();
    }

    long postedFromSince(String address, Instant since) {
        return jdbc.sql("select count(*) from reader_comment where address = ? and created_at > ?")
                .params(address, Sql.param(since))
                .query(Long.class)
                .single();
    }

    long postedOnSince(long articleId, Instant since) {
        return jdbc.sql("select count(*) from reader_comment where article_id = ? and created_at > ?")
                .params(articleId, Sql.param(since))
                .query(Long.class)
                .single();
    }

    boolean hasApproved(String email) {
        return jdbc.sql("select count(*) from reader_comment where author_email = ? and status = 'approved'")
                        .param(email)
                        .query(Long.class)
                        .single()
                > 0;
    }

    int setStatus(Collection<Long> ids, CommentStatus status, String by, Instant at) {
        return jdbc.sql(
                        "update reader_comment set status = :status, moderated_by = :by, moderated_at = :at where id in (:ids)")
                .param("status", status.wire())
                .param("by", by)
                .param("at", Sql.param(at))
                .param("ids", ids)
                .update();
    }

    void setText(long id, String text, String by, Instant at) {
        jdbc.sql("update reader_comment set body = ?, edited = true, moderated_by = ?, moderated_at = ? where id = ?")
                .params(text, by, Sql.param(at), id)
                .update();
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(CommentStatus status, Long articleId) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (status == null) {
            sql.append(" and c.status <> 'deleted'");
        } else {
            sql.append(" and c.status = ?");
            params.add(status.wire());
        }
        if (articleId != null) {
            sql.append(" and c.article_id = ?");
            params.add(articleId);
        }
        return new Where(sql.toString(), params);
    }

    private static Comment map(ResultSet rs, int n) throws SQLException {
        return new Comment(
                rs.getLong("id"),
                rs.getLong("article_id"),
                rs.getObject("parent_id", Long.class),
                rs.getString("author_name"),
                rs.getString("author_email"),
                rs.getString("body"),
                CommentStatus.fromWire(rs.getString("status")),
                rs.getString("address"),
                Sql.instant(rs, "created_at"),
                rs.getBoolean("edited"),
                Sql.instant(rs, "moderated_at"),
                rs.getString("moderated_by"));
    }
}
