package com.nashir.published;

import com.nashir.article.ArticleCard;
import com.nashir.article.Byline;
import com.nashir.article.FeaturedImage;
import com.nashir.article.LiveState;
import com.nashir.section.Section;
import java.time.Instant;

/**
 * What a public listing shows of an article (no body, no tags): the cards that
 * {@link PublishedArticles} and {@link PublishedArchive} hand to the public site, the home page,
 * "اقرأ أيضاً", the most read and the news sitemap. The newsroom's card ({@link ArticleCard}) keeps
 * what only editors see (the workflow state, when the row last changed); they are not here, so a
 * public page cannot show them by mistake. The accessors it shares with {@link ArticleCard} keep
 * their names. {@code updatedAt} is the last substantive update ("آخر تحديث").
 */
public record PublicCard(
        long id,
        String slug,
        String headline,
        String kicker,
        String summary,
        Section section,
        Byline byline,
        Instant publishedAt,
        Instant updatedAt,
        FeaturedImage image,
        LiveState live) {

    /**
     * The public face of a newsroom card: the one conversion, for the rows the public doors read
     * and for the newsroom's front page desk, which offers cards its own search found.
     */
    public static PublicCard of(ArticleCard c) {
        return new PublicCard(
                c.id(),
                c.slug(),
                c.headline(),
                c.kicker(),
                c.summary(),
                c.section(),
                c.byline(),
                c.publishedAt(),
                c.updatedAt(),
                c.image(),
                c.live());
    }

    /** True while the article is live coverage that has not ended (the "مباشر" badge). */
    public boolean isLive() {
        return live == LiveState.LIVE;
    }
}
