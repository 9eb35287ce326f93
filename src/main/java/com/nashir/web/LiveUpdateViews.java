package com.nashir.web;

import com.nashir.coverage.LiveUpdate;
import com.nashir.site.Fmt;
import com.nashir.site.ReadingText;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds {@link LiveUpdateView}s: the one place an update's public HTML is made. */
@Component
class LiveUpdateViews {
    private final StoryBodies bodies;

    LiveUpdateViews(StoryBodies bodies) {
        this.bodies = bodies;
    }

    LiveUpdateView of(LiveUpdate u, Fmt fmt) {
        StoryBody body = bodies.render(u.body(), fmt);
        return new LiveUpdateView(u.id(), ReadingText.html(body.html(), fmt.style().digits()), fmt.time(u.postedAt()),
                fmt.iso(u.postedAt()), u.authorName(), u.pinned(), body.scripted());
    }

    /** A coverage page's updates: the key update first, then the others newest first. */
    LiveCoverageView page(com.nashir.article.LiveState state, List<LiveUpdate> updates, Fmt fmt) {
        LiveUpdateView key = null;
        List<LiveUpdateView> rest = new ArrayList<>(updates.size());
        for (LiveUpdate u : updates) {
            LiveUpdateView v = of(u, fmt);
            if (u.pinned() && key == null) {
                key = v;
            } else {
                rest.add(v);
            }
        }
        return new LiveCoverageView(state, key, rest);
    }
}
