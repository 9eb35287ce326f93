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
        LiveState live) {

    public PublicArticle {
        seo = seo == null ? ArticleSeo.NONE : seo;
    }

    /**
     * The public face of a newsroom article: the one conversion, for the rows the public doors
     * read and for the newsroom's preview of text not yet public (a copy of the shared fields).
     */
    public static PublicArticle of(Article a) {
        return new PublicArticle(a.id(), a.slug(), a.headline(), a.kicker(), a.summary(), a.section(), a.byline(), a.publishedAt(),
                a.updatedAt(), a.modifiedAt(), a.image(), a.body(), a.tags(), a.comments(), a.seo(), a.live());
    }

    /** True when the article was substantively updated after it was published. */
    public boolean wasUpdated() {
        return Article.wasUpdated(publishedAt, updatedAt);
    }
}
