package com.nashir.search;

import java.time.Instant;
import java.util.List;

/**
 * What the index keeps of one article, whatever its status: text to search, values to filter
 * and count by, and what a result shows. Built from the database ({@link ArticleDocuments}) or,
 * in tests and the benchmark, from any source.
 */
public record SearchDocument(
        long id,
        String slug,
        String headline,
        String kicker,
        String summary,
        String bodyText,
        Named section,
        List<Named> tags,
        List<Named> authors,
        Named desk,
        String status,
        Instant publishedAt,
        Instant modifiedAt,
        Long ownerId) {

    /** A section, tag, author or desk: the slug filters, the name is shown and searched. */
    public record Named(String slug, String name) {}
}
