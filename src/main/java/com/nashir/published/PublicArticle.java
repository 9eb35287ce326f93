package com.nashir.published;

import com.nashir.article.Article;
import com.nashir.article.ArticleSeo;
import com.nashir.article.Byline;
import com.nashir.article.CommentsMode;
import com.nashir.article.FeaturedImage;
import com.nashir.article.LiveState;
import com.nashir.section.Section;
import com.nashir.tag.Tag;
import java.time.Instant;
import java.util.List;

/**
 * A whole article as readers see it: what the public site, the feeds and the WordPress API
 * receive from {@link PublishedArticles} and {@link PublishedArchive}. The newsroom's fields
 * (workflow state, version, owner, the state before the trash, creation time) are not here, so a
 * page or a shape cannot show them by mistake. The accessors that {@link Article} shares keep
 * its names. {@code updatedAt} is the last substantive update ("آخر تحديث"); {@code modifiedAt}
 * when the row last changed (caches, feeds).
 *
 * <p>{@code mayHaveCorrections} and {@code mayHaveComments} say whether its corrections and its
 * approved comments are worth a statement: {@link PublishedArticles#byId} counts them in the
 * statement that reads the article (most articles have neither, and their page then reads
 * nothing more); an article converted by {@link #of(Article)} (listings, feeds, the newsroom's
 * preview) was not counted, and says "maybe" ({@code true}), so whoever shows them reads them.
 */
public record PublicArticle(
        long id,
        String slug,
        String headline,
        String kicker,
        String summary,
        Section section,
        Byline byline,
        Instant publishedAt,
        Instant updatedAt,
        Instant modifiedAt,
        FeaturedImage image,
        String body,
        List<Tag> tags,
        CommentsMode comments,
        ArticleSeo seo,
        LiveState live,
        boolean mayHaveCorrections,
        boolean mayHaveComments) {

    public PublicArticle {
        seo = seo == null ? ArticleSeo.NONE : seo;
    }

    /**
     * The public face of a newsroom article: the one conversion, for the rows the public doors
     * read and for the newsroom's preview of text not yet public (a copy of the shared fields).
     */
    public static PublicArticle of(Article a) {
        return of(a, true, true);
    }

    /** The same, knowing whether it has corrections and approved comments (counted with its row: {@link PublishedArticles#byId}). */
    static PublicArticle of(Article a, boolean hasCorrections, boolean hasComments) {
        return new PublicArticle(
                a.id(),
                a.slug(),
                a.headline(),
                a.kicker(),
                a.summary(),
                a.section(),
                a.byline(),
                a.publishedAt(),
                a.updatedAt(),
                a.modifiedAt(),
                a.image(),
                a.body(),
                a.tags(),
                a.comments(),
                a.seo(),
                a.live(),
                hasCorrections,
                hasComments);
    }

    /** True when the article was substantively updated after it was published. */
    public boolean wasUpdated() {
        return Article.wasUpdated(publishedAt, updatedAt);
    }
}
