package com.nashir.breaking;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The "عاجل" strip that every page renders, from memory: read again after every committed
 * breaking event (this node's, or another node's as the listener hears it), never per page.
 * Items past their expiry drop out at once, before the expiry is announced.
 */
@Component
public class BreakingStrip {
    /** The items of the strip and the id of the last event they include (where a page's live stream resumes). */
    public record State(List<BreakingItem> items, long eventId) {}

    private final BreakingNews breaking;
    private final BreakingEvents events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private volatile State state;

    BreakingStrip(BreakingNews breaking, BreakingEvents events, ApplicationEventPublisher publisher, Clock clock) {
        this.breaking = breaking;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The strip now: the items still current, and the event id a page's live stream resumes after. */
    public State now() {
        State s = state;
        if (s == null) {
            s = reload();
        }
        var now = clock.instant();
        List<BreakingItem> shown =
                s.items().stream().filter(i -> i.isCurrent(now)).toList();
        return shown.size() == s.items().size() ? s : new State(shown, s.eventId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onCommitted(BreakingEventsCommitted event) {
        State before = state;
        State after = reload();
        // Only a change of the items is a change of every page: a live coverage event moves the log
        // on without touching the strip, and a page with an older resume point merely replays it.
        if (before != null && !before.items().equals(after.items())) {
            publisher.publishEvent(new BreakingStripChanged(after.eventId()));
        }
    }

    /**
     * The event id is read before the items: a change in between is then replayed by the stream
     * (harmless), never missed.
     */
    private synchronized State reload() {
        long eventId = events.latestId();
        State s = new State(breaking.current(), eventId);
        state = s;
        return s;
    }
}
