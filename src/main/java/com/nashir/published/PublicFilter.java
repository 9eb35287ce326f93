package com.nashir.published;

import com.nashir.system.Sql;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Which public articles a listing wants, for callers that combine several filters at once (the
 * WordPress-compatible API). Within one set the values are alternatives (any of these sections);
 * the sets themselves all apply. An empty set does not filter; {@code authorIds} and
 * {@code deskIds} together are one alternative ("signed by any of these authors or desks").
 * {@code after} and {@code before} bound the publication time, {@code modifiedAfter} and
 * {@code modifiedBefore} the last change as shown (never before publication); all exclusive,
 * any may be null.
 * It never widens what {@link PublishedArticles} shows: its condition is always added.
 */
public record PublicFilter(
        Set<Long> ids,
        Set<Long> excludeIds,
        Set<Long> sectionIds,
        Set<Long> tagIds,
        Set<Long> authorIds,
        Set<Long> deskIds,
        Set<String> slugs,
        Instant after,
        Instant before,
        Instant modifiedAfter,
        Instant modifiedBefore,
        Order order,
        boolean ascending) {
    /** The last change of a public article as listings show it: the row's, never before publication. */
    static final String MODIFIED_SHOWN = "(case when a.modified_at is null or a.modified_at < a.published_at "
            + "then a.published_at else a.modified_at end)";

    /**
     * {@link #MODIFIED_SHOWN} for an article in hand (the WordPress API's {@code modified}): one
     * rule, kept beside its SQL, so a listing filtered on the last change agrees with what it shows.
     */
    public static Instant modifiedShown(PublicArticle a) {
        return a.modifiedAt() == null || a.modifiedAt().isBefore(a.publishedAt()) ? a.publishedAt() : a.modifiedAt();
    }

    /** The order of a listing; ties go by id in the same direction. */
    public enum Order {
        DATE("a.published_at"),
        ID("a.id"),
        TITLE("a.headline"),
        MODIFIED("a.modified_at"),
        SLUG("a.slug");

        private final String column;

        Order(String column) {
            this.column = column;
        }
    }

    public PublicFilter {
        ids = Set.copyOf(ids);
        excludeIds = Set.copyOf(excludeIds);
        sectionIds = Set.copyOf(sectionIds);
        tagIds = Set.copyOf(tagIds);
        authorIds = Set.copyOf(authorIds);
        deskIds = Set.copyOf(deskIds);
        slugs = Set.copyOf(slugs);
    }

    /** No filter: every public article, newest first. */
    public static PublicFilter all() {
        return new PublicFilter(
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                Order.DATE,
                false);
    }

    /**
     * The same listing as an {@link ArticleScope} (one index range), when this filter is the site,
     * or one section, tag, author or desk, newest first, and nothing more; empty otherwise.
     */
    java.util.Optional<ArticleScope> asScope() {
        if (!ids.isEmpty()
                || !excludeIds.isEmpty()
                || !slugs.isEmpty()
                || after != null
                || before != null
                || modifiedAfter != null
                || modifiedBefore != null
                || order != Order.DATE
                || ascending) {
            return java.util.Optional.empty();
        }
        int kinds = (sectionIds.isEmpty() ? 0 : 1)
                + (tagIds.isEmpty() ? 0 : 1)
                + (authorIds.isEmpty() && deskIds.isEmpty() ? 0 : 1);
        if (kinds == 0) {
            return java.util.Optional.of(ArticleScope.site());
        }
        if (kinds > 1) {
            return java.util.Optional.empty();
        }
        if (sectionIds.size() == 1) {
            return java.util.Optional.of(
                    ArticleScope.section(sectionIds.iterator().next()));
        }
        if (tagIds.size() == 1) {
            return java.util.Optional.of(ArticleScope.tag(tagIds.iterator().next()));
        }
        if (authorIds.size() == 1 && deskIds.isEmpty()) {
            return java.util.Optional.of(
                    ArticleScope.author(authorIds.iterator().next()));
        }
        if (deskIds.size() == 1 && authorIds.isEmpty()) {
            return java.util.Optional.of(ArticleScope.desk(deskIds.iterator().next()));
        }
        return java.util.Optional.empty();
    }

    /** "and …" conditions on the article row {@code a}; puts their parameters in {@code params}. */
    String where(Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        in(sql, params, "a.id", "ids", ids);
        if (!excludeIds.isEmpty()) {
            sql.append("and a.id not in (:excludeIds) ");
            params.put("excludeIds", excludeIds);
        }
        if (!sectionIds.isEmpty()) {
            sql.append("and ")
                    .append(ArticleScope.Kind.SECTION.articles("in (:sectionIds)"))
                    .append(" ");
            params.put("sectionIds", sectionIds);
        }
        in(sql, params, "a.slug", "slugs", slugs);
        if (!tagIds.isEmpty()) {
            sql.append("and ")
                    .append(ArticleScope.Kind.TAG.articles("in (:tagIds)"))
                    .append(" ");
            params.put("tagIds", tagIds);
        }
        if (!authorIds.isEmpty() || !deskIds.isEmpty()) {
            // "in (-1)" keeps the SQL valid when only the other kind of signer was asked for.
            sql.append("and (")
                    .append(ArticleScope.Kind.AUTHOR.articles("in (:authorIds)"))
                    .append(" or ")
                    .append(ArticleScope.Kind.DESK.articles("in (:deskIds)"))
                    .append(") ");
            params.put("authorIds", authorIds.isEmpty() ? Set.of(-1L) : authorIds);
            params.put("deskIds", deskIds.isEmpty() ? Set.of(-1L) : deskIds);
        }
        if (after != null) {
            sql.append("and a.published_at > :after ");
            params.put("after", Sql.param(after));
        }
        if (before != null) {
            sql.append("and a.published_at < :before ");
            params.put("before", Sql.param(before));
        }
        if (modifiedAfter != null) {
            sql.append("and ").append(MODIFIED_SHOWN).append(" > :modifiedAfter ");
            params.put("modifiedAfter", Sql.param(modifiedAfter));
        }
        if (modifiedBefore != null) {
            sql.append("and ").append(MODIFIED_SHOWN).append(" < :modifiedBefore ");
            params.put("modifiedBefore", Sql.param(modifiedBefore));
        }
        return sql.toString();
    }

    String orderBy() {
        String direction = ascending ? "asc" : "desc";
        return "order by " + order.column + " " + direction + ", a.id " + direction + " ";
    }

    private static void in(StringBuilder sql, Map<String, Object> params, String column, String name, Set<?> values) {
        if (!values.isEmpty()) {
            sql.append("and ").append(column).append(" in (:").append(name).append(") ");
            params.put(name, values);
        }
    }
}
