package com.nashir.article;

/**
 * What search engines and link previews show of an article when it should differ from the page
 * itself: a shorter title for the results page and the shared card, and a description written for
 * them. Blank means "the same as the page": the headline, and the standfirst (or the body's start).
 */
public record ArticleSeo(String title, String description) {
    /** Longer than this is refused; search engines cut titles near 60 characters anyway. */
    public static final int MAX_TITLE = 120;
    /** Longer than this is refused; result pages show about 160 characters. */
    public static final int MAX_DESCRIPTION = 300;

    public static final ArticleSeo NONE = new ArticleSeo("", "");

    public ArticleSeo {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
    }

    /** The title for {@code <title>}, og:title and JSON-LD: this one, or the headline. */
    public String titleOr(String headline) {
        return title.isBlank() ? headline : title;
    }

    /** The description for the meta description, og:description and JSON-LD: this one, or {@code fallback}. */
    public String descriptionOr(String fallback) {
        return description.isBlank() ? fallback : description;
    }
}
