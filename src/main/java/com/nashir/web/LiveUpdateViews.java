package com.nashir.web;

import com.nashir.coverage.LiveUpdate;
import com.nashir.format.Fmt;
import com.nashir.format.ReadingText;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Builds {@link LiveUpdateView}s: the one place an update's public HTML is made. Public: the live
 * stream ({@code live/LiveBreakingHub}) and {@code /live/coverage/{id}} send updates as the article
 * page shows them; this class and the two views are all that {@code live/} uses of {@code web/}.
 */
@Component
public class LiveUpdateViews {
    private final StoryBodies bodies;

    LiveUpdateViews(StoryBodies bodies) {
        this.bodies = bodies;
    }

    /** An update as it arrives on an open page: the newest, so its clock time says enough. */
    public LiveUpdateView of(LiveUpdate u, Fmt fmt) {
        return of(u, fmt, fmt.time(u.postedAt()));
    }

    private LiveUpdateView of(LiveUpdate u, Fmt fmt, String time) {
        StoryBody body = bodies.render(u.body(), fmt);
        return new LiveUpdateView(
                u.id(),
                ReadingText.html(body.html(), fmt.style().digits()),
                time,
                fmt.iso(u.postedAt()),
                u.authorName(),
                u.pinned(),
                body.scripted());
    }

    /**
     * A coverage page's updates: the key update first, then the others newest first. A coverage
     * that runs over several days dates the updates of the days before the newest one's
     * ("3 ديسمبر 2026 - 22:40"), so yesterday's evening does not read as this evening.
     */
    public LiveCoverageView page(com.nashir.article.LiveState state, List<LiveUpdate> updates, Fmt fmt) {
        LiveUpdateView key = null;
        List<LiveUpdateView> rest = new ArrayList<>(updates.size());
        String newestDay = updates.isEmpty() ? "" : fmt.date(updates.get(0).postedAt());
        for (LiveUpdate u : updates) {
            String day = fmt.date(u.postedAt());
            LiveUpdateView v =
                    of(u, fmt, day.equals(newestDay) ? fmt.time(u.postedAt()) : day + " - " + fmt.time(u.postedAt()));
            if (u.pinned() && key == null) {
                key = v;
            } else {
                rest.add(v);
            }
        }
        return new LiveCoverageView(state, key, rest);
    }
}
