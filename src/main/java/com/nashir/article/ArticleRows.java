package com.nashir.article;

import com.nashir.author.Desk;
import com.nashir.section.Section;
import com.nashir.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * How an article row is read: the columns of a card ({@link #CARD_COLUMNS}) and of a whole article
 * ({@link #FULL_COLUMNS}), the joins they are read {@link #FROM}, and the records a row makes
 * ({@link #mapCard}, {@link #mapFull}). Every query that returns articles, the newsroom's and the
 * public side's ({@code published/}), selects these columns, so a field is added here once.
 */
public final class ArticleRows {
    public static final String CARD_COLUMNS = "select a.id, a.slug, a.headline, a.kicker, a.summary, a.status, "
            + "a.published_at, a.updated_at, a.modified_at, a.live_state, a.image_url, a.image_caption, a.image_credit, a.image_alt, a.image_archive, "
            + "s.id as s_id, s.slug as s_slug, s.name as s_name, s.description as s_description, s.position as s_position, s.in_menu as s_in_menu, s.opinion as s_opinion, "
            + "d.id as d_id, d.slug as d_slug, d.name as d_name, d.description as d_description ";
    public static final String FROM =
            "from article a join section s on s.id = a.section_id left join desk d on d.id = a.desk_id ";
    public static final String FULL_COLUMNS = CARD_COLUMNS
            + ", a.created_at, a.body, a.comments_mode, a.version, a.owner_id, a.trashed_from, a.seo_title, a.seo_description ";

    /** An article's author ids in their order, as an array (the same SQL on H2 and PostgreSQL). */
    private static final String AUTHOR_IDS =
            ", (select array_agg(x.author_id order by x.position) from article_author x where x.article_id = a.id) as author_ids ";

    /**
     * A card's columns and its authors' ids: a card signed in the statement that reads it, the
     * names from memory ({@link ArticleLinks#signedCard}). On a long tail of uncached pages the
     * statement that read a page's bylines apart was one round trip in three or four.
     */
    public static final String SIGNED_CARD_COLUMNS = CARD_COLUMNS + AUTHOR_IDS;

    /** An article's author and tag ids, each in its order, as two arrays. */
    static final String LINK_IDS = AUTHOR_IDS
            + ", (select array_agg(x.tag_id order by x.position) from article_tag x where x.article_id = a.id) as tag_ids ";

    private ArticleRows() {}

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

    /** The card's columns read once, by {@link #mapCard}; then what only the whole article has. */
    public static Article mapFull(ResultSet rs) throws SQLException {
        ArticleCard c = mapCard(rs);
        return new Article(
                c.id(),
                c.slug(),
                c.headline(),
                c.kicker(),
                c.summary(),
                c.section(),
                c.byline(),
                c.status(),
                c.publishedAt(),
                c.updatedAt(),
                Sql.instant(rs, "created_at"),
                c.modifiedAt(),
                c.image(),
                rs.getString("body"),
                List.of(),
                CommentsMode.fromWire(rs.getString("comments_mode")),
                rs.getInt("version"),
                rs.getObject("owner_id", Long.class),
                ArticleStatus.fromWire(rs.getString("trashed_from")),
                new ArticleSeo(rs.getString("seo_title"), rs.getString("seo_description")),
                c.live());
    }

    /** The ids of one of {@link #LINK_IDS}' arrays ({@code author_ids}, {@code tag_ids}), in their order. */
    static List<Long> linkIds(ResultSet rs, String column) throws SQLException {
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
}
