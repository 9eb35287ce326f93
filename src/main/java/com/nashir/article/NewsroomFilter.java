package com.nashir.article;

import java.time.Instant;

/**
 * What the newsroom's article list is narrowed to. Null fields do not filter. {@code ownerId}
 * limits the list to one person's articles (writers and contributors see only their own).
 */
public record NewsroomFilter(ArticleStatus status, String sectionSlug, Long ownerId, String text, Instant from, Instant to) {

    public static NewsroomFilter all() {
        return new NewsroomFilter(null, null, null, null, null, null);
    }
}
