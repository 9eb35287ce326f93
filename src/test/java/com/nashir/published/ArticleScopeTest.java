package com.nashir.published;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.published.ArticleScope.Kind;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The SQL that {@link ArticleScope.Kind} builds, pinned as written: the listing ranges are the
 * public pages' statements (their plans were measured on a million articles), so building them
 * from one spelling of the filter must not change a character.
 */
class ArticleScopeTest {

    @Test
    void rangesOfArticleColumnsReadTheirIndexBackwards() {
        assertThat(ArticleScope.site().newestIds())
                .isEqualTo("select a.id from article a where a.status = 'published' "
                        + "and a.published_at <= :now order by a.status, a.published_at desc, a.id desc ");
        assertThat(ArticleScope.section(3).newestIds())
                .isEqualTo(
                        "select a.id from article a where a.section_id = :ref "
                                + "and a.status = 'published' and a.published_at <= :now order by a.section_id, a.status, a.published_at desc, a.id desc ");
        assertThat(ArticleScope.desk(3).newestIds(2))
                .isEqualTo(
                        "select 2 as part, a.id as id from article a where a.desk_id = :ref "
                                + "and a.status = 'published' and a.published_at <= :now order by a.desk_id, a.status, a.published_at desc, a.id desc ");
    }

    @Test
    void rangesOfLinkTablesUseTheirPublicTime() {
        assertThat(ArticleScope.tag(3).newestIds())
                .isEqualTo("select x.article_id from article_tag x where x.tag_id = :ref "
                        + "and x.public_at <= :now order by x.tag_id, x.public_at desc, x.article_id desc ");
        assertThat(new ArticleScope(Kind.AUTHOR, 0).newestTime())
                .isEqualTo(
                        "select x.public_at from article_author x where "
                                + "x.author_id = :ref and x.public_at <= :now order by x.author_id, x.public_at desc, x.article_id desc limit 1");
    }

    @Test
    void articlesOfAListingAreAColumnOrALinkTable() {
        assertThat(Kind.SECTION.articles("= :ref")).isEqualTo("a.section_id = :ref");
        assertThat(Kind.TAG.articles("in (:tagIds)"))
                .isEqualTo("a.id in (select article_id from article_tag where tag_id in (:tagIds))");
        assertThat(Kind.AUTHOR.ids("= :ref")).isEqualTo("select article_id from article_author where author_id = :ref");
        assertThat(Kind.DESK.table()).isEqualTo("desk");
    }

    @Test
    void theWordPressFiltersKeepTheirConditions() {
        Map<String, Object> params = new HashMap<>();
        PublicFilter f = new PublicFilter(
                Set.of(),
                Set.of(),
                Set.of(1L),
                Set.of(2L),
                Set.of(3L),
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                PublicFilter.Order.DATE,
                false);
        assertThat(f.where(params))
                .isEqualTo(
                        "and a.section_id in (:sectionIds) "
                                + "and a.id in (select article_id from article_tag where tag_id in (:tagIds)) "
                                + "and (a.id in (select article_id from article_author where author_id in (:authorIds)) or a.desk_id in (:deskIds)) ");
        assertThat(params).containsKeys("sectionIds", "tagIds", "authorIds", "deskIds");
    }
}
