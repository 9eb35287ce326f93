package com.nashir.article;

import com.nashir.section.Section;
import com.nashir.tag.Tag;
import java.time.Instant;
import java.util.List;

/**
 * A whole article. {@code updatedAt} is the last substantive update shown as "آخر تحديث"
 * (not every save); {@code modifiedAt} is when the row last changed (caches, feeds).
 */
public record Article(
        long id,
        String slug,
        String headline,
        String kicker,
        String summary,
        Section section,
        Byline byline,
        ArticleStatus status,
        Instant publishedAt,
        Instant updatedAt,
        Instant createdAt,
        Instant modifiedAt,
        FeaturedImage image,
        String body,
        List<Tag> tags,
        CommentsMode comments,
        int version,
        Long ownerId,
        ArticleStatus trashedFrom,
        ArticleSeo seo,
        LiveState live) {

    public Article {
        seo = seo == null ? ArticleSeo.NONE : seo;
    }

    /** The same article with its byline and tags as read from their tables. */
    Article with(Byline byline, List<Tag> tags) {
        return new Article(
                id,
                slug,
                headline,
                kicker,
                summary,
                section,
                byline,
                status,
                publishedAt,
                updatedAt,
                createdAt,
                modifiedAt,
                image,
                body,
                tags,
                comments,
                version,
                ownerId,
                trashedFrom,
                seo,
                live);
    }

    /** For a preview: an article never published is shown as if published {@code at}. */
    public Article dated(Instant at) {
        return publishedAt != null
                ? this
                : new Article(
                        id,
                        slug,
                        headline,
                        kicker,
                        summary,
                        section,
                        byline,
                        status,
                        at,
                        updatedAt,
                        createdAt,
                        modifiedAt,
                        image,
                        body,
                        tags,
                        comments,
                        version,
                        ownerId,
                        trashedFrom,
                        seo,
                        live);
    }

    /** True when the article was substantively updated after it was published. */
    public boolean wasUpdated() {
        return wasUpdated(publishedAt, updatedAt);
    }

    /** The rule of {@link #wasUpdated()}, for the public side's copy of an article. */
    public static boolean wasUpdated(Instant publishedAt, Instant updatedAt) {
        return updatedAt != null && publishedAt != null && updatedAt.isAfter(publishedAt);
    }
}
