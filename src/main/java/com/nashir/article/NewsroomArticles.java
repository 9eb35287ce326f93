package com.nashir.article;

import static com.nashir.article.ArticleRows.FROM;
import static com.nashir.article.ArticleRows.SIGNED_CARD_COLUMNS;

import com.nashir.system.PageOf;
import com.nashir.system.Sql;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The newsroom's lists of articles, as cards of every state: the article desk and the dashboard
 * ({@link #findForNewsroom}: filtered by state, section, owner, author, text and dates, in a
 * {@link NewsroomOrder}), and the API's listing ({@link #findPage}, {@link #count}), limited to
 * one owner's articles where the caller may read only its own.
 */
@Repository
public class NewsroomArticles {
    private final JdbcClient jdbc;
    private final ArticleRepository articles;
    private final ArticleLinks links;

    NewsroomArticles(JdbcClient jdbc, ArticleRepository articles, ArticleLinks links) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.links = links;
    }

    /** Articles of one owner ({@code ownerId}; null: everyone's), newest change first: the API's listing. */
    public List<ArticleCard> findPage(String status, Long ownerId, long offset, int limit) {
        String where = "where 1 = 1 " + (status == null ? "" : "and a.status = :status ")
                + (ownerId == null ? "" : "and a.owner_id = :owner ");
        var spec = jdbc.sql(SIGNED_CARD_COLUMNS + FROM + where
                        + "order by a.modified_at desc, a.id desc limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset);
        if (status != null) {
            spec = spec.param("status", status);
        }
        if (ownerId != null) {
            spec = spec.param("owner", ownerId);
        }
        return spec.query((rs, n) -> links.signedCard(rs)).list();
    }

    /** How many articles {@link #findPage} lists in all. */
    public long count(String status, Long ownerId) {
        if (ownerId == null) {
            return articles.count(status);
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
    public PageOf<ArticleCard> findForNewsroom(NewsroomFilter f, int page, int size) {
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
        List<ArticleCard> items = jdbc.sql(SIGNED_CARD_COLUMNS + FROM + where + order + "limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", PageOf.offset(page, size))
                .query((rs, n) -> links.signedCard(rs))
                .list();
        return new PageOf<>(items, Math.max(page, 1), size, total);
    }
}
