package com.nashir.live;

import com.nashir.breaking.BreakingEvent;
import com.nashir.breaking.BreakingEvents;
import com.nashir.breaking.BreakingEventsCommitted;
import com.nashir.breaking.BreakingItem;
import com.nashir.breaking.BreakingNews;
import com.nashir.coverage.LiveUpdate;
import com.nashir.coverage.LiveUpdates;
import com.nashir.format.Fmt;
import com.nashir.published.PublishedArticles;
import com.nashir.site.SiteSettingsStore;
import com.nashir.web.LiveUpdateViews;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open "عاجل" streams of this node and what they are sent: the strip's changes, and live
 * coverage updates (each page applies those of its own article). One thread ("breaking-live") does
 * all the work in order: it reads new events once per change (not once per reader), builds each
 * frame once and hands the same bytes to every stream (writes never block, see
 * {@link LiveClient}). It keeps the last {@link #RING} frames, so a reconnecting reader is sent
 * exactly the events after its Last-Event-ID; one further behind gets the current strip.
 */
@Component
class LiveBreakingHub {
    private static final Logger log = LoggerFactory.getLogger(LiveBreakingHub.class);
    static final int RING = 256;

    private record Sent(long id, byte[] frame) {}

    private final BreakingEvents events;
    private final BreakingNews breaking;
    private final SiteSettingsStore settings;
    private final LiveFrames frames;
    private final LiveUpdates liveUpdates;
    private final LiveUpdateViews views;
    private final PublishedArticles published;
    private final Set<LiveClient> clients = ConcurrentHashMap.newKeySet();
    // A task offered after shutdown is dropped: its stream is being closed anyway.
    private final ScheduledThreadPoolExecutor loop = new ScheduledThreadPoolExecutor(
            1,
            r -> {
                Thread t = new Thread(r, "breaking-live");
                t.setDaemon(true);
                return t;
            },
            new ThreadPoolExecutor.DiscardPolicy());
    private final AtomicBoolean checkQueued = new AtomicBoolean();
    private volatile boolean closing;
    // The fields below are only touched on the loop thread.
    private final ArrayDeque<Sent> ring = new ArrayDeque<>();
    private long latest = -1;
    private byte[] snapshot;

    /**
     * {@code heartbeat}: how often every stream gets a comment line. It keeps proxies from
     * closing idle streams, and it is how a reader who left is noticed (Tomcat learns that a
     * socket is closed when a write fails), which gives its place back ({@link LiveStreamLimits}).
     * It also re-reads the table: a safety net should a notification ever be lost.
     */
    LiveBreakingHub(
            BreakingEvents events,
            BreakingNews breaking,
            SiteSettingsStore settings,
            JsonMapper json,
            LiveUpdates liveUpdates,
            LiveUpdateViews views,
            PublishedArticles published,
            @org.springframework.beans.factory.annotation.Value("${nashir.live.heartbeat:20s}") Duration heartbeat) {
        this.liveUpdates = liveUpdates;
        this.views = views;
        this.published = published;
        this.events = events;
        this.breaking = breaking;
        this.settings = settings;
        this.frames = new LiveFrames(json);
        long every = Math.max(100, heartbeat.toMillis());
        loop.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
    }

    /** Number of open streams on this node. */
    int connections() {
        return clients.size();
    }

    /**
     * Starts sending to a new stream: what it missed after {@code lastEventId} (null: unknown),
     * then every event as it happens.
     */
    void join(LiveClient client, Long lastEventId) {
        loop.execute(() -> {
            if (!client.isOpen()) {
                return;
            }
            if (closing) {
                client.close();
                return;
            }
            try {
                ensureStarted();
                client.send(LiveFrames.RETRY);
                catchUp(client, lastEventId);
                clients.add(client);
                if (!client.isOpen()) {
                    clients.remove(client); // it ended meanwhile, and its leave() came before this add
                }
            } catch (RuntimeException e) {
                log.warn("breaking news: could not start a live stream ({})", e.getMessage());
                client.close();
            }
        });
    }

    void leave(LiveClient client) {
        clients.remove(client);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onCommitted(BreakingEventsCommitted event) {
        // Several commits in a burst cost one read: a queued check will see them all.
        if (checkQueued.compareAndSet(false, true)) {
            loop.execute(this::check);
        }
    }

    private void catchUp(LiveClient client, Long lastEventId) {
        if (lastEventId != null && lastEventId == latest) {
            return;
        }
        long oldest = ring.isEmpty() ? Long.MAX_VALUE : ring.peekFirst().id();
        if (lastEventId == null || lastEventId > latest || lastEventId < oldest - 1) {
            client.send(snapshot());
            return;
        }
        for (Sent s : ring) {
            if (s.id() > lastEventId) {
                client.send(s.frame());
            }
        }
    }

    private void check() {
        checkQueued.set(false);
        try {
            ensureStarted();
            List<BreakingEvent> fresh = events.after(latest, 500);
            if (fresh.isEmpty()) {
                return;
            }
            List<BreakingItem> strip = breaking.current();
            Fmt fmt = settings.current().fmt();
            CoverageFrames coverage = coverageFrames(fresh, fmt);
            for (BreakingEvent e : fresh) {
                byte[] frame = e.isLiveCoverage() ? coverage.frame(e) : frames.event(e, strip, fmt);
                latest = e.id();
                if (frame == null) {
                    continue; // an update of coverage that is not public: nobody outside the newsroom may see it
                }
                ring.addLast(new Sent(e.id(), frame));
                if (ring.size() > RING) {
                    ring.removeFirst();
                }
                for (LiveClient c : clients) {
                    deliver(c, frame);
                }
            }
            snapshot = frames.snapshot(latest, strip, fmt);
            if (fresh.size() == 500) {
                onCommitted(new BreakingEventsCommitted(latest));
            }
        } catch (RuntimeException e) {
            log.warn("breaking news: could not read new events ({}); retrying in a second", e.getMessage());
            loop.schedule(() -> onCommitted(new BreakingEventsCommitted(-1)), 1, TimeUnit.SECONDS);
        }
    }

    /**
     * The live coverage frames of one batch of events, with two statements for the whole batch
     * (the updates, and which of their articles are public) and one more when a coverage began or ended.
     */
    private CoverageFrames coverageFrames(List<BreakingEvent> fresh, Fmt fmt) {
        List<Long> updateIds = new java.util.ArrayList<>();
        List<Long> stateIds = new java.util.ArrayList<>();
        for (BreakingEvent e : fresh) {
            if (e.kind().equals(BreakingEvent.LIVE_STATE)) {
                stateIds.add(e.itemId());
            } else if (e.isLiveCoverage()) {
                updateIds.add(e.itemId());
            }
        }
        if (updateIds.isEmpty() && stateIds.isEmpty()) {
            return new CoverageFrames(Map.of(), Map.of(), java.util.Set.of(), fmt);
        }
        Map<Long, LiveUpdate> found = new java.util.HashMap<>();
        liveUpdates.byIds(updateIds).forEach(u -> found.put(u.id(), u));
        java.util.Set<Long> articles = new java.util.HashSet<>();
        found.values().forEach(u -> articles.add(u.articleId()));
        java.util.Set<Long> open = published.publicIds(articles);
        Map<Long, com.nashir.article.LiveState> states = published.liveStates(stateIds);
        return new CoverageFrames(found, states, open, fmt);
    }

    private final class CoverageFrames {
        private final Map<Long, LiveUpdate> updates;
        private final Map<Long, com.nashir.article.LiveState> states;
        private final java.util.Set<Long> open;
        private final Fmt fmt;

        CoverageFrames(
                Map<Long, LiveUpdate> updates,
                Map<Long, com.nashir.article.LiveState> states,
                java.util.Set<Long> open,
                Fmt fmt) {
            this.updates = updates;
            this.states = states;
            this.open = open;
            this.fmt = fmt;
        }

        /** The frame, or null when its article is not public. A removed update is named by its id only. */
        byte[] frame(BreakingEvent e) {
            if (e.kind().equals(BreakingEvent.LIVE_STATE)) {
                var state = states.get(e.itemId());
                return state != null ? frames.live(e.id(), e.kind(), e.itemId(), state.wire(), null, null) : null;
            }
            LiveUpdate u = updates.get(e.itemId());
            if (u == null || e.kind().equals(BreakingEvent.LIVE_DELETED)) {
                return frames.live(e.id(), BreakingEvent.LIVE_DELETED, null, null, e.itemId(), null);
            }
            return open.contains(u.articleId())
                    ? frames.live(e.id(), e.kind(), u.articleId(), null, null, views.of(u, fmt))
                    : null;
        }
    }

    /** One broken stream must not keep the others from their frame: it is closed and reconnects. */
    private static void deliver(LiveClient client, byte[] frame) {
        try {
            client.send(frame);
        } catch (RuntimeException e) {
            client.close();
        }
    }

    /** Reads where the log stands the first time a stream opens (not at start-up: the schema may be migrating). */
    private void ensureStarted() {
        if (latest < 0) {
            latest = events.latestId();
            snapshot = null;
        }
    }

    private byte[] snapshot() {
        if (snapshot == null) {
            snapshot = frames.snapshot(
                    latest, breaking.current(), settings.current().fmt());
        }
        return snapshot;
    }

    private void heartbeat() {
        long now = System.currentTimeMillis();
        for (LiveClient c : clients) {
            c.endIfDue(now);
            deliver(c, LiveFrames.HEARTBEAT);
        }
        // The cached strip is rebuilt now and then, so a change of the site's digits or zone reaches it.
        snapshot = null;
        if (latest >= 0) {
            check();
        }
    }

    /**
     * The node is shutting down: end every open stream now, before the web server's graceful
     * shutdown waits for open requests (a stream never ends by itself, so each would hold the
     * shutdown for its whole time-out). Browsers reconnect, through the balancer, to another node.
     * Streams opened from here on are ended as they join.
     */
    @EventListener(ContextClosedEvent.class)
    void closeStreams(ContextClosedEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            return; // a child context (the management port's) closing says nothing about this node
        }
        closing = true;
        endAll();
    }

    /** Ends every open stream now; their browsers reconnect. */
    void endAll() {
        for (LiveClient c : List.copyOf(clients)) {
            c.close();
        }
    }

    /**
     * The loop's task in hand (a read of the event log) is let finish, not interrupted: an
     * interrupt during a read of embedded H2 closes its file channel and with it the database for
     * every user of the process (in tests, the shared context beside a second node that stops).
     */
    @PreDestroy
    void stop() {
        loop.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        loop.shutdown();
        try {
            if (!loop.awaitTermination(2, TimeUnit.SECONDS)) {
                loop.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (LiveClient c : List.copyOf(clients)) {
            c.close();
        }
    }
}
