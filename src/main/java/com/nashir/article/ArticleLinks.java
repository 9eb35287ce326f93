package com.nashir.article;

import com.nashir.author.Author;
import com.nashir.author.KeptAuthors;
import com.nashir.tag.KeptTags;
import com.nashir.tag.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An article's links to its authors and its tags ({@code article_author}, {@code article_tag}),
 * each in its order: read for many articles at once (the links in one statement, the authors and
 * tags themselves from memory: {@link KeptAuthors}, {@link KeptTags}), and written anew after the
 * article's row, each link carrying the row's {@link #PUBLIC_AT} so tag and author listings read
 * one index range (V12).
 */
@Repository
public class ArticleLinks {
    /**
     * The article's publication time while it is published, null otherwise: what its tag and
     * author links carry ({@code public_at}) so tag and author listings read one index range.
     */
    private static final String PUBLIC_AT = "case when status = 'published' then published_at end";

    private final JdbcClient jdbc;
    private final KeptAuthors keptAuthors;
    private final KeptTags keptTags;

    ArticleLinks(JdbcClient jdbc, KeptAuthors keptAuthors, KeptTags keptTags) {
        this.jdbc = jdbc;
        this.keptAuthors = keptAuthors;
        this.keptTags = keptTags;
    }

    /** The whole article read with its link ids ({@link ArticleRows#LINK_IDS}), its byline and tags filled from memory. */
    Article withBylineAndTags(Article article, List<Long> authorIds, List<Long> tagIds) {
        return article.with(
                article.byline().isDesk() ? article.byline() : Byline.ofAuthors(keptAuthors.byIds(authorIds)),
                keptTags.byIds(tagIds));
    }

    /** A card read with {@link ArticleRows#SIGNED_CARD_COLUMNS}, its byline filled from memory. */
    public ArticleCard signedCard(java.sql.ResultSet rs) throws java.sql.SQLException {
        ArticleCard card = ArticleRows.mapCard(rs);
        return card.byline().isDesk()
                ? card
                : card.with(Byline.ofAuthors(keptAuthors.byIds(ArticleRows.linkIds(rs, "author_ids"))));
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

    /** The authors of each of these articles, in their order: the links in one statement, the authors from memory. */
    private Map<Long, List<Author>> authorsOf(List<Long> articleIds) {
        return linked("article_author", "author_id", articleIds, keptAuthors::byIds, Author::id);
    }

    /** Tags of many articles, in each article's order: the links in one statement, the tags from memory. */
    private Map<Long, List<Tag>> tagsOf(java.util.Collection<Long> articleIds) {
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

    /**
     * The article's authors and tags, in their order, written anew after its row: two statements
     * for each kind whatever their number (the old links out, the new ones in), each link carrying
     * the row's {@link #PUBLIC_AT}.
     */
    void replace(long articleId, List<Author> authorList, List<Tag> tagList) {
        replace(
                "article_author",
                "author_id",
                articleId,
                authorList.stream().map(Author::id).toList());
        replace(
                "article_tag",
                "tag_id",
                articleId,
                tagList.stream().map(Tag::id).toList());
    }

    private void replace(String table, String column, long articleId, List<Long> ids) {
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

    /** Copies the article's {@link #PUBLIC_AT} onto its tag and author links; true, for chaining after a write. */
    boolean syncListingTimes(long articleId) {
        for (String links : List.of("article_tag", "article_author")) {
            jdbc.sql("update " + links + " set public_at = (select " + PUBLIC_AT
                            + " from article where id = ?) where article_id = ?")
                    .params(articleId, articleId)
                    .update();
        }
        return true;
    }
}
