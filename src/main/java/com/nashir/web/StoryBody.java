package com.nashir.web;

/**
 * An article body as the public page shows it ({@link StoryBodies}): {@code embeds} and
 * {@code galleries} say whether the page needs the small script that loads players on request
 * and opens pictures full screen; {@code media} the library pictures whose captions and credits
 * it shows (the page is due again when one changes).
 */
public record StoryBody(String html, boolean embeds, boolean galleries, java.util.Set<Long> media) {

    public StoryBody(String html, boolean embeds, boolean galleries) {
        this(html, embeds, galleries, java.util.Set.of());
    }

    public boolean scripted() {
        return embeds || galleries;
    }
}
