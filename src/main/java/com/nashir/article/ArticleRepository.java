package com.nashir.article;

import static com.nashir.article.ArticleRows.FROM;
import static com.nashir.article.ArticleRows.FULL_COLUMNS;

import com.nashir.author.Author;
import com.nashir.author.KeptAuthors;
import com.nashir.system.Sql;
import com.nashir.tag.KeptTags;
import com.nashir.tag.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Article rows of every status: reads by id (and by a caller's condition), and the writes. The
 * columns and the records they make are {@link ArticleRows}'; the authors and tags, linked in
 * their own tables, are {@link ArticleLinks}'; the newsroom's lists are {@link NewsroomArticles}'.
 * Public readers never come here directly: they go through
 * {@link com.nashir.published.PublishedArticles}, which adds the "published and due" condition in one place.
 */
@Repository
public class ArticleRepository {
    private final JdbcClient jdbc;
    private final ArticleLinks links;

    ArticleRepository(JdbcClient jdbc, ArticleLinks links) {
        this.jdbc = jdbc;
        this.links = links;
    }

    /** The row as stored, whatever its status. */
    public Optional<Article> findById(long id) {
        return findWhere("a.id = :id", Map.of("id", id));
    }

    /**
     * One article whole, in one statement: the row names its authors and tags by id, in their
     * order, and their names come from memory ({@link KeptAuthors}, {@link KeptTags}). On a long
     * tail of uncached article pages the two statements that read them were a tenth of a page.
     */
    public Optional<Article> findWhere(String condition, Map<String, ?> params) {
        return findWhere(condition, params, "", (rs, n) -> Boolean.TRUE).map(WithMore::article);
    }

    /** An article read by {@link #findWhere(String, Map, String, RowMapper)} and what the caller's columns said of it. */
    public record WithMore<E>(Article article, E more) {}

    /**
     * {@link #findWhere(String, Map)} with more columns of the caller's in the same statement
     * ({@code moreColumns}, each led by a comma, over the row {@code a}), read by {@code more}:
     * what a public page needs to know beside the article (whether it has corrections, comments)
     * without a statement of its own.
     */
    public <E> Optional<WithMore<E>> findWhere(
            String condition, Map<String, ?> params, String moreColumns, RowMapper<E> more) {
        record Found<E>(Article article, List<Long> authorIds, List<Long> tagIds, E more) {}
        return jdbc.sql(FULL_COLUMNS + ArticleRows.LINK_IDS + moreColumns + FROM + "where " + condition)
                .params(params)
                .query((rs, n) -> new Found<>(
                        ArticleRows.mapFull(rs),
                        ArticleRows.linkIds(rs, "author_ids"),
                        ArticleRows.linkIds(rs, "tag_ids"),
                        more.mapRow(rs, n)))
                .optional()
                .map(f -> new WithMore<>(links.withBylineAndTags(f.article(), f.authorIds(), f.tagIds()), f.more()));
    }

    /**
     * Whole articles matching {@code condition} in the order {@code tail} gives (which may end
     * with a limit), bylines and tags filled with one query each rather than one per article.
     */
    public List<Article> findAllWhere(String condition, String tail, Map<String, ?> params) {
        List<Article> rows = jdbc.sql(FULL_COLUMNS + FROM + "where " + condition + tail)
                .params(params)
                .query((rs, n) -> ArticleRows.mapFull(rs))
                .list();
        return rows.isEmpty() ? rows : links.withBylinesAndTags(rows);
    }

    /** Whole articles (every status) with ids above {@code afterId}, ascending, at most {@code limit}: walks every article in batches (index rebuilds). */
    public List<Article> batchAfter(long afterId, int limit) {
        return findAllWhere("a.id > :after ", "order by a.id limit :limit", Map.of("after", afterId, "limit", limit));
    }

    /** Cards of the given articles, in the order of {@code ids}; missing ids are skipped. */
    public List<ArticleCard> cardsByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleCard> byId = new java.util.HashMap<>();
        jdbc.sql(ArticleRows.SIGNED_CARD_COLUMNS + FROM + "where a.id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> links.signedCard(rs))
                .list()
                .forEach(c -> byId.put(c.id(), c));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public long count(String status) {
        return status == null
                ? jdbc.sql("select count(*) from article").query(Long.class).single()
                : jdbc.sql("select count(*) from article where status = ?")
                        .param(status)
                        .query(Long.class)
                        .single();
    }

    /** Values of one row to write; ids are already resolved. */
    record Row(
            String slug,
            String headline,
            String kicker,
            String summary,
            long sectionId,
            Long deskId,
            ArticleStatus status,
            Instant publishedAt,
            Instant updatedAt,
            FeaturedImage image,
            String body,
            CommentsMode comments,
            ArticleSeo seo) {}

    long insert(Row r, Long ownerId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into article (slug, headline, kicker, summary, section_id, desk_id, status, published_at, updated_at, "
                                + "created_at, modified_at, image_url, image_caption, image_credit, image_alt, image_archive, body, "
                                + "comments_mode, version, owner_id, seo_title, seo_description) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,?)")
                .params(
                        r.slug(),
                        r.headline(),
                        r.kicker(),
                        r.summary(),
                        r.sectionId(),
                        r.deskId(),
                        r.status().wire(),
                        Sql.param(r.publishedAt()),
                        Sql.param(r.updatedAt()),
                        Sql.param(now),
                        Sql.param(now),
                        imageUrl(r),
                        caption(r),
                        credit(r),
                        alt(r),
                        r.image() != null && r.image().archive(),
                        r.body(),
                        r.comments().wire(),
                        ownerId,
                        r.seo().title(),
                        r.seo().description())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Writes the row if it still has the expected version; false when someone else saved first.
     * Its byline and tag links follow with {@link #replaceLinks}, which gives them the row's
     * publication time.
     */
    boolean update(long id, int expectedVersion, Row r, Instant now) {
        return jdbc.sql(
                                "update article set slug = ?, headline = ?, kicker = ?, summary = ?, section_id = ?, desk_id = ?, "
                                        + "status = ?, published_at = ?, updated_at = ?, modified_at = ?, image_url = ?, image_caption = ?, "
                                        + "image_credit = ?, image_alt = ?, image_archive = ?, body = ?, comments_mode = ?, seo_title = ?, seo_description = ?, "
                                        + "version = version + 1 "
                                        + "where id = ? and version = ?")
                        .params(
                                r.slug(),
                                r.headline(),
                                r.kicker(),
                                r.summary(),
                                r.sectionId(),
                                r.deskId(),
                                r.status().wire(),
                                Sql.param(r.publishedAt()),
                                Sql.param(r.updatedAt()),
                                Sql.param(now),
                                imageUrl(r),
                                caption(r),
                                credit(r),
                                alt(r),
                                r.image() != null && r.image().archive(),
                                r.body(),
                                r.comments().wire(),
                                r.seo().title(),
                                r.seo().description(),
                                id,
                                expectedVersion)
                        .update()
                == 1;
    }

    /**
     * The article's authors and tags, in their order, written anew after its row ({@link
     * ArticleLinks#replace}): the byline and tag links of {@link #insert} and {@link #update}.
     */
    void replaceLinks(long articleId, List<Author> authorList, List<Tag> tagList) {
        links.replace(articleId, authorList, tagList);
    }

    /** Moves between trash and life; bumps the version so open editors see the change. */
    boolean setStatus(long id, int expectedVersion, ArticleStatus status, ArticleStatus trashedFrom, Instant now) {
        return jdbc.sql("update article set status = ?, trashed_from = ?, modified_at = ?, version = version + 1 "
                                        + "where id = ? and version = ?")
                                .params(
                                        status.wire(),
                                        trashedFrom == null ? null : trashedFrom.wire(),
                                        Sql.param(now),
                                        id,
                                        expectedVersion)
                                .update()
                        == 1
                && links.syncListingTimes(id);
    }

    /** Scheduled articles whose time has come, oldest first. */
    List<Long> dueScheduled(Instant now, int limit) {
        return jdbc.sql(
                        "select id from article where status = 'scheduled' and published_at <= ? order by published_at limit ?")
                .params(Sql.param(now), limit)
                .query(Long.class)
                .list();
    }

    /**
     * Publishes one due scheduled article. The conditional update is the lock: when several
     * nodes race for the same article, exactly one of them changes the row and gets true.
     */
    boolean publishIfStillScheduled(long id, Instant now) {
        return jdbc.sql("update article set status = 'published', modified_at = ?, version = version + 1 "
                                        + "where id = ? and status = 'scheduled' and published_at <= ?")
                                .params(Sql.param(now), id, Sql.param(now))
                                .update()
                        == 1
                && links.syncListingTimes(id);
    }

    /**
     * Live coverage began or ended ({@code coverage/}): the state, and "آخر تحديث" (the coverage's end
     * when it ended). Not the
     * version: an editor's open form on the same article stays valid.
     */
    public void setLive(long id, LiveState state, Instant now) {
        jdbc.sql("update article set live_state = ?, updated_at = ?, modified_at = ? where id = ?")
                .params(state.wire(), Sql.param(now), Sql.param(now), id)
                .update();
    }

    /** A live coverage update was posted, changed or removed: "آخر تحديث" moves, the version does not (see {@link #setLive}). */
    public void touchLive(long id, Instant now) {
        jdbc.sql("update article set updated_at = ?, modified_at = ? where id = ?")
                .params(Sql.param(now), Sql.param(now), id)
                .update();
    }

    void touchUpdatedAt(long id, Instant now) {
        jdbc.sql("update article set updated_at = ?, modified_at = ?, version = version + 1 where id = ?")
                .params(Sql.param(now), Sql.param(now), id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from article where id = ?").param(id).update();
    }

    private static String imageUrl(Row r) {
        return r.image() == null ? null : r.image().url();
    }

    private static String caption(Row r) {
        return r.image() == null ? "" : r.image().caption();
    }

    private static String credit(Row r) {
        return r.image() == null ? "" : r.image().credit();
    }

    private static String alt(Row r) {
        return r.image() == null ? "" : r.image().alt();
    }
}
