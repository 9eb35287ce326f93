package com.nashir.article;

import java.util.List;

/**
 * An article as a caller sends it, before any checking. Dates are ISO-8601 text so a bad one
 * is reported against its field. Null means "not given"; {@code seo} not given is empty.
 */
public record ArticleInput(
        String headline,
        String kicker,
        String summary,
        String slug,
        String section,
        String deskName,
        List<String> authorSlugs,
        String status,
        String publishedAt,
        String updatedAt,
        ImageInput featuredImage,
        String body,
        List<String> tags,
        String comments,
        boolean minor,
        Integer version,
        ArticleSeo seo) {

    /** Without search and social texts (they stay empty). */
    public ArticleInput(
            String headline,
            String kicker,
            String summary,
            String slug,
            String section,
            String deskName,
            List<String> authorSlugs,
            String status,
            String publishedAt,
            String updatedAt,
            ImageInput featuredImage,
            String body,
            List<String> tags,
            String comments,
            boolean minor,
            Integer version) {
        this(
                headline,
                kicker,
                summary,
                slug,
                section,
                deskName,
                authorSlugs,
                status,
                publishedAt,
                updatedAt,
                featuredImage,
                body,
                tags,
                comments,
                minor,
                version,
                null);
    }

    public record ImageInput(String url, String caption, String credit, String alt, Boolean archive) {}
}
