package com.nashir.web;

import com.nashir.breaking.BreakingEvent;
import com.nashir.breaking.BreakingEvents;
import com.nashir.breaking.BreakingEventsCommitted;
import com.nashir.breaking.BreakingItem;
import com.nashir.breaking.BreakingNews;
import com.nashir.site.Fmt;
import com.nashir.site.SiteSettingsStore;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
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
 * The open "عاجل" streams of this node and what they are sent. One thread ("breaking-live") does
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
    private final Set<LiveClient> clients = ConcurrentHashMap.newKeySet();
    // A task offered after shutdown is dropped: its stream is being closed anyway.
    private final ScheduledThreadPoolExecutor loop = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "breaking-live");
        t.setDaemon(true);
        return t;
    }, new ThreadPoolExecutor.DiscardPolicy());
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
    LiveBreakingHub(BreakingEvents events, BreakingNews breaking, SiteSettingsStore settings, JsonMapper json,
                    @org.springframework.beans.factory.annotation.Value("${nashir.live.heartbeat:20s}") Duration heartbeat) {
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
            for (BreakingEvent e : fresh) {
                byte[] frame = frames.event(e, strip, fmt);
                ring.addLast(new Sent(e.id(), frame));
                if (ring.size() > RING) {
                    ring.removeFirst();
                }
                latest = e.id();
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
            snapshot = frames.snapshot(latest, breaking.current(), settings.current().fmt());
        }
        return snapshot;
    }

    private void heartbeat() {
        for (LiveClient c : clients) {
            deliver(c, LiveFrames.HEARTBEAT);
        }
        // The cached strip is rebuilt now and then, so a change of the site's digits or zone reaches it.
        snapshot = null;
        if (latest >= 0) {
            check();
        }
    }

    /** Ends every stream, so a stopping node does not wait for readers; their browsers reconnect elsewhere. */
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
