package com.nashir.search;

import java.time.Instant;
import java.util.List;

/** A published article as the index sees it, for tests that need many: one tag, the desk's byline, no kicker. */
final class TestDocuments {
    private TestDocuments() {}

    static SearchDocument published(
            long id, String headline, String body, SearchDocument.Named section, Instant published) {
        return new SearchDocument(
                id,
                "a" + id,
                headline,
                "",
                "",
                body,
                section,
                List.of(new SearchDocument.Named("tag", "وسم")),
                List.of(),
                new SearchDocument.Named("desk", "فريق التحرير"),
                "published",
                published,
                published,
                null);
    }
}
