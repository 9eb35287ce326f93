package com.nashir.frontpage;

import java.time.Instant;

/**
 * An article pinned to a zone, at a position within it (0 first), until an instant (null: until
 * an editor takes it off).
 */
public record Pin(Zone zone, int position, long articleId, Instant until) {
    /** Whether the pin still holds its slot at {@code now}. */
    public boolean holdsAt(Instant now) {
        return until == null || now.isBefore(until);
    }
}
