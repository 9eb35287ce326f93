package com.nashir.feed;

import java.time.Instant;
import java.util.List;

/**
 * One feed, whatever its format: absolute addresses, the newest entries first, and {@code updated},
 * the latest change among them (so the bytes, and their ETag, change only when the content does).
 *
 * @param language BCP 47 tag of the content: "ar"
 * @param iconUrl  the site's logo, or its icon when it has none
 */
public record Feed(
        String title,
        String description,
        String language,
        String pageUrl,
        String rssUrl,
        String atomUrl,
        String jsonUrl,
        String iconUrl,
        Instant updated,
        List<FeedEntry> entries,
        java.util.Set<String> keys) {}
