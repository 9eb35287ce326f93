package com.nashir.breaking;

import java.time.Instant;

/** A short "عاجل" line: text, an optional link, when it was posted and when it stops showing. */
public record BreakingItem(long id, String text, String url, Instant createdAt, Instant expiresAt) {

    public boolean isCurrent(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }
}
