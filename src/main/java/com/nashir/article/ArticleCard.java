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
        Instant modifiedAt) {}
