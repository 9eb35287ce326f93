package com.nashir.article;

import com.nashir.author.Author;
import com.nashir.author.Desk;
import com.nashir.author.KeptAuthors;
import com.nashir.section.Section;
import com.nashir.system.Sql;
import com.nashir.tag.KeptTags;
import com.nashir.tag.Tag;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Article rows of every status. Public readers never come here directly: they go through
 * {@link com.nashir.published.PublishedArticles}, which adds the "published and due" condition in one place.
 */
@Repository
public class ArticleRepository {
    public static final String CARD_COLUMNS = "select a.id, a.slug, a.headline, a.kicker, a.summary, a.status, "
            + "a.published_at, a.updated_at, a.modified_at, a.live_state, a.image_url, a.image_caption, a.image_credit, a.image_alt, a.image_archive, "
            + "s.id as s_id, s.slug as s_slug, s.name as s_name, s.description as s_description, s.position as s_position, s.in_menu as s_in_menu, s.opinion as s_opinion, "
            + "d.id as d_id, d.slug as d_slug, d.name as d_name, d.description as d_description ";
    public static final String FROM =
            "from article a join section s on s.id = a.section_id left join desk d on d.id = a.desk_id ";
    public static final String FULL_COLUMNS = CARD_COLUMNS
            + ", a.created_at, a.body, a.comments_mode, a.version, a.owner_id, a.trashed_from, a.seo_title, a.seo_description ";

    private final JdbcClient jdbc;
    private final KeptAuthors keptAuthors;
    private final KeptTags keptTags;

    ArticleRepository(JdbcClient jdbc, KeptAuthors keptAuthors, KeptTags keptTags) {
        this.jdbc = jdbc;
        this.keptAuthors = keptAuthors;
        this.keptTags = keptTags;
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
        return jdbc.sql(FULL_COLUMNS + LINK_IDS + moreColumns + FROM + "where " + condition)
                .params(params)
                .query((rs, n) ->
                        new Found<>(mapFull(rs), ids(rs, "author_ids"), ids(rs, "tag_ids"), more.mapRow(rs, n)))
                .optional()
                .map(f -> new WithMore<>(
                        f.article()
                                .with(
                                        f.article().byline().isDesk()
                                                ? f.article().byline()
                                                : Byline.ofAuthors(keptAuthors.byIds(f.authorIds())),
                                        keptTags.byIds(f.tagIds())),
                        f.more()));
    }

    /** An article's author and tag ids, each in its order, as two arrays (the same SQL on H2 and PostgreSQL). */
    private static final String LINK_IDS =
            ", (select array_agg(x.author_id order by x.position) from article_author x where x.article_id = a.id) as author_ids"
                    + ", (select array_agg(x.tag_id order by x.position) from article_tag x where x.article_id = a.id) as tag_ids ";

    private static List<Long> ids(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<Long> ids = new ArrayList<>(values.length);
        for (Object v : values) {
            ids.add(((Number) v).longValue());
        }
        return ids;
    }

    /**
     * Whole articles matching {@code condition} in the order {@code tail} gives (which may end
     * with a limit), bylines and tags filled with one query each rather than one per article.
     */
    public List<Article> findAllWhere(String condition, String tail, Map<String, ?> params) {
        List<Article> rows = jdbc.sql(FULL_COLUMNS + FROM + "where " + condition + tail)
                .params(params)
                .query((rs, n) -> mapFull(rs))
                .list();
        return rows.isEmpty() ? rows : withBylinesAndTags(rows);
    }

    /** Every article, newest change first (API listing for editors). */
    public List<ArticleCard> findPage(String status, long offset, int limit) {
        return findPage(status, null, offset, limit);
    }

    /** Articles of one owner ({@code ownerId}; null: everyone's), newest change first: the API's listing. */
    public List<ArticleCard> findPage(String status, Long ownerId, long offset, int limit) {
        String where = "where 1 = 1 " + (status == null ? "" : "and a.status = :status ")
                + (ownerId == null ? "" : "and a.owner_id = :owner ");
        var spec = jdbc.sql(CARD_COLUMNS + FROM + where
                        + "order by a.modified_at desc, a.id desc limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset);
        if (status != null) {
            spec = spec.param("status", status);
        }
        if (ownerId != null) {
            spec = spec.param("owner", ownerId);
        }
        return withAuthors(spec.query((rs, n) -> mapCard(rs)).list());
    }

    public long count(String status, Long ownerId) {
        if (ownerId == null) {
            return count(status);
        }
        return status == null
                ? jdbc.sql("select count(*) from article where owner_id = ?")
                        .param(ownerId)
                        .query(Long.class)
                        .single()
                : jdbc.sql("select count(*) from article where status = ? and owner_id = ?")
                        .param(status)
                        .param(ownerId)
                        .query(Long.class)
                        .single();
    }

    /** The newsroom's list: every state except the trash unless asked for, in the filter's order (newest change first). */
    public com.nashir.system.PageOf<ArticleCard> findForNewsroom(NewsroomFilter f, int page, int size) {
        StringBuilder where = new StringBuilder("where 1 = 1 ");
        Map<String, Object> params = new java.util.HashMap<>();
        if (f.status() != null) {
            where.append("and a.status = :status ");
            params.put("status", f.status().wire());
        } else {
            where.append("and a.status <> 'trashed' ");
        }
        if (f.sectionSlug() != null && !f.sectionSlug().isBlank()) {
            where.append("and s.slug = :section ");
            params.put("section", f.sectionSlug());
        }
        if (f.ownerId() != null) {
            where.append("and a.owner_id = :owner ");
            params.put("owner", f.ownerId());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append("and (lower(a.headline) like :text escape '\\' or lower(a.summary) like :text escape '\\') ");
            params.put(
                    "text",
                    "%"
                            + f.text()
                                    .strip()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_")
                            + "%");
        }
        if (f.authorSlug() != null && !f.authorSlug().isBlank()) {
            where.append("and exists (select 1 from article_author x join author au on au.id = x.author_id "
                    + "where x.article_id = a.id and au.slug = :author) ");
            params.put("author", f.authorSlug().strip());
        }
        if (f.from() != null) {
            where.append("and a.modified_at >= :from ");
            params.put("from", Sql.param(f.from()));
        }
        if (f.to() != null) {
            where.append("and a.modified_at < :to ");
            params.put("to", Sql.param(f.to()));
        }
        long total = jdbc.sql("select count(*) " + FROM + where)
                .params(params)
                .query(Long.class)
                .single();
        String order = f.order() != null
                ? f.order().sql()
                // Unless asked: published, newest out first; scheduled, next to go out first; the rest, last touched
                // first.
                : f.status() == ArticleStatus.PUBLISHED
                        ? NewsroomOrder.PUBLISHED_DESC.sql()
                        : f.status() == ArticleStatus.SCHEDULED
                                ? NewsroomOrder.PUBLISHED_ASC.sql()
                                : NewsroomOrder.MODIFIED_DESC.sql();
        List<ArticleCard> items = jdbc.sql(CARD_COLUMNS + FROM + where + order + "limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", com.nashir.system.PageOf.offset(page, size))
                .query((rs, n) -> mapCard(rs))
                .list();
        return new com.nashir.system.PageOf<>(withAuthors(items), Math.max(page, 1), size, total);
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
        jdbc.sql(CARD_COLUMNS + FROM + "where a.id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> mapCard(rs))
                .list()
                .forEach(c -> byId.put(c.id(), c));
        return withAuthors(
                ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
    }

    public long count(String status) {
        return status == null
                ? jdbc.sql("select count(*) from article").query(Long.class).single()
                : jdbc.sql("select count(*) from article where status = ?")
                        .param(status)
                        .query(Long.class)
                        .single();
    }

    /** Fills the authors of a page of cards with one query. */
    public List<ArticleCard> withAuthors(List<ArticleCard> cards) {
        List<Long> ids = cards.stream()
                .filter(c -> !c.byline().isDesk())
                .map(ArticleCard::id)
                .toList();
        Map<Long, List<Author>> byArticle = authorsOf(ids);
        List<ArticleCard> out = new ArrayList<>(cards.size());
        for (ArticleCard c : cards) {
            out.add(c.byline().isDesk() ? c : c.with(Byline.ofAuthors(byArticle.getOrDefault(c.id(), List.of()))));
        }
        return out;
    }

    /** The authors of each of these articles, in their order: the links in one statement, the authors from memory. */
    private Map<Long, List<Author>> authorsOf(List<Long> articleIds) {
        return linked("article_author", "author_id", articleIds, keptAuthors::byIds, Author::id);
    }

    /** Tags of many articles, in each article's order: the links in one statement, the tags from memory. */
    Map<Long, List<Tag>> tagsOf(java.util.Collection<Long> articleIds) {
        return linked("article_tag", "tag_id", articleIds, keptTags::byIds, Tag::id);
    }

    /**
     * What each article links to through {@code table} ({@code article_author}, {@code article_tag}),
     * in the links' order: the links read in one statement, the linked rows found by id in memory.
     */
    private <T> Map<Long, List<T>> linked(
            String table,
            String column,
            java.util.Collection<Long> articleIds,
            java.util.function.Function<List<Long>, List<T>> byIds,
            java.util.function.ToLongFunction<T> idOf) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> links = new java.util.HashMap<>();
        jdbc.sql("select article_id, " + column + " as linked from " + table
                        + " where article_id in (:ids) order by article_id, position")
                .param("ids", articleIds)
                .query(rs -> {
                    links.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
                            .add(rs.getLong("linked"));
                });
        Map<Long, T> byId = new java.util.HashMap<>();
        byIds.apply(links.values().stream().flatMap(List::stream).distinct().toList())
                .forEach(t -> byId.put(idOf.applyAsLong(t), t));
        Map<Long, List<T>> out = new java.util.HashMap<>();
        links.forEach((article, ids) -> out.put(
                article,
                ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList()));
        return out;
    }

    /** Whole articles with their authors and tags, in two more queries whatever their number. */
    public List<Article> withBylinesAndTags(List<Article> list) {
        List<Long> ids = list.stream().map(Article::id).toList();
        Map<Long, List<Author>> authorsOf = authorsOf(
                list.stream().filter(a -> !a.byline().isDesk()).map(Article::id).toList());
        Map<Long, List<Tag>> tags = tagsOf(ids);
        List<Article> out = new ArrayList<>(list.size());
        for (Article a : list) {
            Byline byline =
                    a.byline().isDesk() ? a.byline() : Byline.ofAuthors(authorsOf.getOrDefault(a.id(), List.of()));
            out.add(a.with(byline, tags.getOrDefault(a.id(), List.of())));
        }
        return out;
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
     * {@link #PUBLIC_AT}.
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
     * The article's authors and tags, in their order, written anew after its row: two statements
     * for each kind whatever their number (the old links out, the new ones in), each link carrying
     * the row's {@link #PUBLIC_AT}.
     */
    void replaceLinks(long articleId, List<Author> authorList, List<Tag> tagList) {
        replaceLinks(
                "article_author",
                "author_id",
                articleId,
                authorList.stream().map(Author::id).toList());
        replaceLinks(
                "article_tag",
                "tag_id",
                articleId,
                tagList.stream().map(Tag::id).toList());
    }

    private void replaceLinks(String table, String column, long articleId, List<Long> ids) {
        jdbc.sql("delete from " + table + " where article_id = ?")
                .param(articleId)
                .update();
        if (ids.isEmpty()) {
            return;
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            values.add(ids.get(i));
            values.add(i);
        }
        values.add(articleId);
        jdbc.sql("insert into " + table + " (article_id, " + column
                        + ", position, public_at) select a.id, v.link_id, v.position, "
                        + PUBLIC_AT + " from article a cross join (values "
                        + String.join(", ", java.util.Collections.nCopies(ids.size(), "(?, ?)"))
                        + ") as v (link_id, position) "
                        + "where a.id = ?")
                .params(values)
                .update();
    }

    /**
     * The article's publication time while it is published, null otherwise: what its tag and
     * author links carry ({@code public_at}) so tag and author listings read one index range.
     */
    private static final String PUBLIC_AT = "case when status = 'published' then published_at end";

    /** Copies the article's {@link #PUBLIC_AT} onto its tag and author links; true, for chaining after a write. */
    private boolean syncListingTimes(long articleId) {
        for (String links : List.of("article_tag", "article_author")) {
            jdbc.sql("update " + links + " set public_at = (select " + PUBLIC_AT
                            + " from article where id = ?) where article_id = ?")
                    .params(articleId, articleId)
                    .update();
        }
        return true;
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
                && syncListingTimes(id);
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
                && syncListingTimes(id);
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

    public static ArticleCard mapCard(ResultSet rs) throws SQLException {
        return new ArticleCard(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("headline"),
                rs.getString("kicker"),
                rs.getString("summary"),
                section(rs),
                deskByline(rs),
                ArticleStatus.fromWire(rs.getString("status")),
                Sql.instant(rs, "published_at"),
                Sql.instant(rs, "updated_at"),
                image(rs),
                Sql.instant(rs, "modified_at"),
                LiveState.fromWire(rs.getString("live_state")));
    }

    public static Article mapFull(ResultSet rs) throws SQLException {
        return new Article(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("headline"),
                rs.getString("kicker"),
                rs.getString("summary"),
                section(rs),
                deskByline(rs),
                ArticleStatus.fromWire(rs.getString("status")),
                Sql.instant(rs, "published_at"),
                Sql.instant(rs, "updated_at"),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "modified_at"),
                image(rs),
                rs.getString("body"),
                List.of(),
                CommentsMode.fromWire(rs.getString("comments_mode")),
                rs.getInt("version"),
                rs.getObject("owner_id", Long.class),
                ArticleStatus.fromWire(rs.getString("trashed_from")),
                new ArticleSeo(rs.getString("seo_title"), rs.getString("seo_description")),
                LiveState.fromWire(rs.getString("live_state")));
    }

    private static Section section(ResultSet rs) throws SQLException {
        return new Section(
                rs.getLong("s_id"),
                rs.getString("s_slug"),
                rs.getString("s_name"),
                rs.getString("s_description"),
                rs.getInt("s_position"),
                rs.getBoolean("s_in_menu"),
                rs.getBoolean("s_opinion"));
    }

    /** The desk byline when there is one; an empty author byline (filled later) otherwise. */
    private static Byline deskByline(ResultSet rs) throws SQLException {
        long deskId = rs.getLong("d_id");
        return rs.wasNull()
                ? Byline.ofAuthors(List.of())
                : Byline.ofDesk(new Desk(
                        deskId, rs.getString("d_slug"), rs.getString("d_name"), rs.getString("d_description")));
    }

    private static FeaturedImage image(ResultSet rs) throws SQLException {
        String url = rs.getString("image_url");
        return url == null
                ? null
                : new FeaturedImage(
                        url,
                        rs.getString("image_caption"),
                        rs.getString("image_credit"),
                        rs.getString("image_alt"),
                        rs.getBoolean("image_archive"));
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
