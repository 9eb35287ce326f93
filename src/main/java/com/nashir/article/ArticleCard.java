package com.nashir.article;

import com.nashir.section.Section;
import java.time.Instant;

/** What a listing shows of an article (no body, no tags); {@code modifiedAt} is when its row last changed (the newsroom's list). */
public record ArticleCard(
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
        FeaturedImage image,
        Instant modifiedAt,
        LiveState live) {

    /** The same card signed by {@code byline}. */
    ArticleCard with(Byline byline) {
        return new ArticleCard(
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
                image,
                modifiedAt,
                live);
    }

    /** True while the article is live coverage that has not ended (the "مباشر" badge). */
    public boolean isLive() {
        return live == LiveState.LIVE;
    }
}
