package com.nashir.breaking;

import java.time.Instant;

/**
 * One change to a breaking item, in the order every node sees it: {@code id} grows with commit
 * order (see V8__breaking_events.sql), so "everything after id N" is a complete answer.
 */
public record BreakingEvent(long id, String kind, long itemId, Instant at) {
    public static final String POSTED = "posted";
    public static final String CHANGED = "changed";
    public static final String ENDED = "ended";
    public static final String EXPIRED = "expired";
    public static final String DELETED = "deleted";
}
