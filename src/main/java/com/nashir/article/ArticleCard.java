package com.nashir.article;

import com.nashir.section.Section;
import java.time.Instant;

/** What a listing shows of an article (no body, no tags). */
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
        FeaturedImage image) {}
