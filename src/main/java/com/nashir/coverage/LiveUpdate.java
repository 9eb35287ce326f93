package com.nashir.coverage;

import java.time.Instant;

/**
 * One update of a live coverage: sanitized HTML (paragraphs, links, a picture, an embed), when it
 * was posted, whether it is the key update shown first, and who posted it.
 */
public record LiveUpdate(
        long id,
        long articleId,
        Instant postedAt,
        Instant modifiedAt,
        String body,
        boolean pinned,
        Long authorId,
        String authorName) {}
