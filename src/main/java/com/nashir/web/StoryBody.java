package com.nashir.web;

/**
 * An article body as the public page shows it ({@link StoryBodies}): {@code embeds} and
 * {@code galleries} say whether the page needs the small script that loads players on request
 * and opens pictures full screen.
 */
public record StoryBody(String html, boolean embeds, boolean galleries) {

    public boolean scripted() {
        return embeds || galleries;
    }
}
