package com.nashir.article;

import java.time.Instant;

/**
 * What the newsroom's article list is narrowed to, and in what order. Null fields do not filter;
 * a null order is the list's default (see {@link NewsroomArticles#findForNewsroom}), or relevance
 * when searching by words. {@code ownerId} limits the list to one person's articles (writers and
 * contributors see only their own); {@code authorSlug} to the articles one author signs.
 */
public record NewsroomFilter(
        ArticleStatus status,
        String sectionSlug,
        Long ownerId,
        String text,
        Instant from,
        Instant to,
        String authorSlug,
        NewsroomOrder order) {

    public NewsroomFilter(
            ArticleStatus status, String sectionSlug, Long ownerId, String text, Instant from, Instant to) {
        this(status, sectionSlug, ownerId, text, from, to, null, null);
    }

    public static NewsroomFilter all() {
        return new NewsroomFilter(null, null, null, null, null, null);
    }
}
