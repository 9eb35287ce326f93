package com.nashir.web;

import com.nashir.article.LiveState;
import java.util.List;

/**
 * What a live coverage page shows under the article's introduction: whether it is still live,
 * the key update (null when none is pinned) and the other updates, newest first. {@link #NONE}
 * for an ordinary article.
 */
public record LiveCoverageView(LiveState state, LiveUpdateView key, List<LiveUpdateView> updates) {
    public static final LiveCoverageView NONE = new LiveCoverageView(null, null, List.of());

    public boolean shown() {
        return state != null;
    }

    public boolean live() {
        return state == LiveState.LIVE;
    }

    /** Whether the page needs story.js (an embed or a gallery in some update). */
    public boolean scripted() {
        return (key != null && key.scripted()) || updates.stream().anyMatch(LiveUpdateView::scripted);
    }

    public int count() {
        return updates.size() + (key == null ? 0 : 1);
    }
}
