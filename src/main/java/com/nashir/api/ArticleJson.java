package com.nashir.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The article as the content API reads and writes it; field names follow the seed article
 * (docs/examples/article.json). Read-only fields (id, url, shortUrl, createdAt, modifiedAt) are
 * ignored on input, and so is {@code live} (live coverage: "live" or "ended", set through
 * {@code /api/v1/articles/{id}/live}). {@code minor} is input-only: an edit that must not move "آخر تحديث".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleJson(
        Long id,
        String url,
        String shortUrl,
        String headline,
        String kicker,
        String summary,
        String slug,
        String section,
        BylineJson byline,
        String status,
        String publishedAt,
        String updatedAt,
        ImageJson featuredImage,
        String body,
        List<String> tags,
        String comments,
        Integer version,
        String createdAt,
        String modifiedAt,
        Boolean minor,
        SeoJson seo,
        String live) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BylineJson(String desk, List<String> authors) {}

    /** Search and social texts; empty strings mean "the headline" and "the summary". */
    public record SeoJson(String title, String description) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImageJson(String url, String caption, String credit, String alt, Boolean archive) {}
}
