package com.nashir.feed;

import java.time.Instant;
import java.util.List;

/**
 * One article in a feed.
 *
 * @param id          a permanent identifier: the article's short address, which survives a new slug
 * @param url         the canonical address
 * @param summary     plain text: the article's summary, or the start of its text
 * @param contentHtml the whole body with absolute links, or null when the site's feeds carry summaries
 * @param updated     the last substantive update, or the publication time
 * @param categories  the section first, then the tags
 * @param image       the featured image, or null
 */
public record FeedEntry(
        String id,
        String url,
        String title,
        String summary,
        String contentHtml,
        Instant published,
        Instant updated,
        List<FeedPerson> authors,
        List<String> categories,
        FeedImage image) {}
