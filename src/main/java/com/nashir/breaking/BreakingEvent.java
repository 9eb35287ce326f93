package com.nashir.breaking;

import java.time.Instant;

/**
 * One change that open pages follow live, in the order every node sees it: {@code id} grows with
 * commit order (see V8__breaking_events.sql), so "everything after id N" is a complete answer.
 * The "عاجل" kinds name a breaking item; the {@code live-} kinds a live coverage update
 * ({@code itemId} the update's id) or, for {@link #LIVE_STATE}, the article whose coverage began or ended.
 */
public record BreakingEvent(long id, String kind, long itemId, Instant at) {
    public static final String POSTED = "posted";
    public static final String CHANGED = "changed";
    public static final String ENDED = "ended";
    public static final String EXPIRED = "expired";
    public static final String DELETED = "deleted";
    public static final String LIVE_POSTED = "live-posted";
    public static final String LIVE_CHANGED = "live-changed";
    public static final String LIVE_DELETED = "live-deleted";
    public static final String LIVE_STATE = "live-state";

    /** True for the live coverage kinds (the strip does not change with them). */
    public boolean isLiveCoverage() {
        return kind.startsWith("live-");
    }
}
