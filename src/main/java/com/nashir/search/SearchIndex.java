package com.nashir.search;

import com.nashir.site.SiteSettingsStore;
import com.nashir.system.ContentChange;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * This node's search index, kept in step with the database. One worker thread applies the
 * change feed ({@link SearchFeed}) every half second and at once after a local commit, so a
 * change is searchable within milliseconds here and within a second on every other node.
 * Searches run concurrently on near-real-time searchers.
 *
 * <p>At start the index is opened from {@code <data>/search}; an index that is missing, empty
 * or unreadable, or older than the feed's retention, is rebuilt in the background from the
 * database, and the worker switches to the new generation when it is ready (also when the
 * {@code reindex} command built it in another process). A generation another process holds open
 * is never taken for a broken one: at start the node refuses to run (two nodes on one data folder),
 * later it keeps serving the one it has.
 *
 * <p>Off ({@code nashir.search.live=false}) in command-line runs, which must not lock the
 * index of a running site.
 */
@Component
public class SearchIndex implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    /** Feed rows re-applied after opening an index: covers transactions that committed out of id order. */
    private static final int REPLAY = 200;

    private static final long GAP_MAX_AGE_MS = 60_000;
    private static final long COMMIT_EVERY_MS = 2_000;
    private static final long RETRY_REFUSED_MS = 30_000;
    /** How often the worker prunes the feed and looks at the small segments writes leave (a look is microseconds). */
    private static final long UPKEEP_EVERY_MS = 600_000;
    /**
     * The small segments are merged at most once a day: Lucene's own policy lets a few dozen writes make eight of
     * them again, and each merge rewrites the whole tail (a year's: 16 s of one thread).
     */
    private static final long TAIL_MERGE_EVERY_MS = 86_400_000;
    /** A generation folder unchanged this long, that no process writes, is what an unfinished rebuild left. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final IndexLocation location;
    private final IndexBuilder builder;
    private final ArticleDocuments documents;
    private final SearchFeed feed;
    private final SiteSettingsStore site;
    private final Clock clock;
    private final boolean live;
    private final Duration retention;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    private volatile SearchEngine engine;
    private volatile String generation;
    private volatile boolean ready;
    private ScheduledExecutorService worker;
    private FeedCursor cursor;
    private boolean dirty;
    private long lastCommit;
    private long lastUpkeep;
    private long lastTailMerge;
    private volatile boolean running;
    /** The feed position applied so far (the worker's cursor, copied for the metrics). */
    private volatile long applied = -1;
    /** A generation another process held open (worker thread only): tried again now and then, said once. */
    private String refused;

    private long refusedAt;

    private volatile io.micrometer.core.instrument.Timer searches;

    SearchIndex(
            IndexLocation location,
            IndexBuilder builder,
            ArticleDocuments documents,
            SearchFeed feed,
            SiteSettingsStore site,
            Clock clock,
            @Value("${nashir.search.live:true}") boolean live,
            @Value("${nashir.search.feed-retention:7d}") Duration retention) {
        this.location = location;
        this.builder = builder;
        this.documents = documents;
        this.feed = feed;
        this.site = site;
        this.clock = clock;
        this.live = live;
        this.retention = retention;
    }

    /** True once the index holds every article (false while a first build runs). */
    public boolean ready() {
        return ready;
    }

    /** The generation being served (tests and the reindex command look at it). */
    public String generation() {
        return generation;
    }

    /** Runs {@code work} on the current engine; an empty result when search is off. */
    <T> T with(Function<SearchEngine, T> work, T whenOff) {
        SearchEngine current = engine;
        if (current == null) {
            return whenOff;
        }
        io.micrometer.core.instrument.Timer timer = searches;
        return timer == null ? work.apply(current) : timer.record(() -> work.apply(current));
    }

    /** Every query run through {@link #with} is timed by {@code timer} ({@link SearchMetrics}). */
    void timeSearchesWith(io.micrometer.core.instrument.Timer timer) {
        this.searches = timer;
    }

    /** The last change feed position this node has applied; -1 before the index is open. */
    long appliedPosition() {
        return applied;
    }

    @Override
    public void start() {
        if (!live) {
            return;
        }
        var executor = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "search-index");
            t.setDaemon(true);
            return t;
        });
        // At shutdown, pending delayed closes of old generations are dropped (the process ends anyway).
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        worker = executor;
        boolean rebuild;
        try {
            rebuild = open(location.generations().current());
        } catch (IndexInUse e) {
            executor.shutdownNow();
            throw e;
        }
        running = true;
        String serving = generation;
        worker.execute(() -> location.generations().deleteAbandoned(serving, ABANDONED_AFTER));
        worker.scheduleWithFixedDelay(this::poll, 500, 500, TimeUnit.MILLISECONDS);
        if (rebuild) {
            rebuildInBackground();
        } else {
            ready = true;
        }
    }

    /**
     * Opens a generation; on any other failure starts an empty one. Returns true when the index must
     * be rebuilt (unreadable, never built, or too old for the feed to bring up to date).
     *
     * @throws IndexInUse when another process holds the generation open: another node on this data folder, whose
     *     index must not be taken for a broken one (rebuilding it here made that node do the same, in turns)
     */
    private boolean open(String name) {
        IndexGenerations generations = location.generations();
        boolean rebuild = false;
        SearchEngine opened = null;
        if (name != null) {
            try {
                opened = new SearchEngine(generations.open(name), site.current().zone());
            } catch (LockObtainFailedException e) {
                throw new IndexInUse(name, e);
            } catch (IOException | RuntimeException e) {
                log.warn("Search index {} is unreadable ({}); rebuilding it from the database", name, e.toString());
            }
        }
        if (opened == null) {
            name = generations.create();
            try {
                opened = new SearchEngine(generations.open(name), site.current().zone());
            } catch (IOException e) {
                throw new IllegalStateException("cannot create a search index under " + name, e);
            }
            generations.makeCurrent(name);
            rebuild = true;
        }
        Map<String, String> data = opened.commitData();
        long position = Long.parseLong(data.getOrDefault(SearchEngine.FEED_POSITION, "-1"));
        long committed = Long.parseLong(data.getOrDefault(SearchEngine.COMMITTED_AT, "0"));
        if (position < 0) {
            rebuild = true;
        } else if (!SearchFields.LAYOUT.equals(data.get(SearchEngine.LAYOUT))) {
            log.info("Search index {} has an older layout of fields; rebuilding it", name);
            rebuild = true;
        } else if (clock.millis() - committed > retention.toMillis()) {
            log.info("Search index {} is older than the change feed keeps; rebuilding it", name);
            rebuild = true;
        }
        engine = opened;
        generation = name;
        cursor = new FeedCursor(Math.max(0, position) - REPLAY);
        applied = cursor.high();
        return rebuild;
    }

    private void rebuildInBackground() {
        if (!rebuilding.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(
                () -> {
                    try {
                        var built = builder.rebuild((done, total) -> {});
                        log.info("Search index rebuilt: {} articles in {} ms", built.documents(), built.millis());
                        pollSoon();
                    } catch (RuntimeException e) {
                        log.error("Search index rebuild failed", e);
                    } finally {
                        rebuilding.set(false);
                    }
                },
                "search-rebuild");
        t.setDaemon(true);
        t.start();
    }

    /** A commit (here or on another node) changed content: apply the feed now rather than at the next tick. */
    @TransactionalEventListener(fallbackExecution = true)
    void onContentChanged(ContentChange change) {
        pollSoon();
    }

    /** Applies the feed (and a new generation) now rather than at the next tick, unless the node is stopping. */
    private void pollSoon() {
        ScheduledExecutorService w = worker;
        if (running && w != null) {
            try {
                w.execute(this::poll);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // stopping: the feed is applied, and a rebuilt generation opened, at the next start
            }
        }
    }

    /** Worker thread only: switch generation if asked, then apply new feed rows. */
    private void poll() {
        try {
            String wanted = location.generations().current();
            if (wanted != null && !wanted.equals(generation)) {
                switchTo(wanted);
            }
            applyFeed();
            long now = clock.millis();
            if (dirty && now - lastCommit >= COMMIT_EVERY_MS) {
                commit();
            }
            if (now - lastUpkeep > UPKEEP_EVERY_MS) {
                lastUpkeep = now;
                feed.prune(clock.instant().minus(retention));
                if (now - lastTailMerge >= TAIL_MERGE_EVERY_MS && engine.mergeTailIfLong()) {
                    lastTailMerge = now;
                    log.info("Search index: merging the small segments of later writes into one");
                }
            }
        } catch (RuntimeException e) {
            log.warn("Search index update failed; retrying", e);
        }
    }

    private void applyFeed() {
        List<SearchFeed.Change> rows = new ArrayList<>(feed.after(cursor.high(), 2000));
        rows.addAll(feed.withIds(cursor.gaps()));
        cursor.expire(clock.millis(), GAP_MAX_AGE_MS);
        if (rows.isEmpty()) {
            return;
        }
        Set<Long> articles = new LinkedHashSet<>();
        rows.forEach(r -> articles.add(r.articleId()));
        SearchEngine current = engine;
        for (long id : articles) {
            documents.load(id).ifPresentOrElse(current::put, () -> current.remove(id));
        }
        current.refresh();
        cursor.saw(rows.stream().map(SearchFeed.Change::id).toList(), clock.millis());
        applied = cursor.high();
        dirty = true;
    }

    private void switchTo(String name) {
        if (name.equals(refused) && clock.millis() - refusedAt < RETRY_REFUSED_MS) {
            return;
        }
        SearchEngine old = engine;
        String oldName = generation;
        if (old != null) {
            commit();
        }
        try {
            open(name);
        } catch (IndexInUse e) {
            if (!name.equals(refused)) {
                log.error("{}; this node keeps serving generation {}", e.getMessage(), oldName);
            }
            refused = name;
            refusedAt = clock.millis();
            return;
        }
        ready = true;
        log.info("Search index switched to generation {}", name);
        if (old != null) {
            // Searches that began on the old index finish before it closes.
            worker.schedule(() -> closeQuietly(old, oldName, true), 10, TimeUnit.SECONDS);
        }
    }

    private void commit() {
        engine.commit(Map.of(SearchEngine.FEED_POSITION, Long.toString(cursor.safePosition())));
        dirty = false;
        lastCommit = clock.millis();
    }

    private void closeQuietly(SearchEngine e, String name, boolean delete) {
        try {
            e.close();
        } catch (IOException | RuntimeException ex) {
            log.debug("closing search index {}", name, ex);
        }
        if (delete && name != null && !name.equals(generation)) {
            location.generations().delete(name);
        }
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            commit();
        } catch (RuntimeException e) {
            log.warn("Search index commit at shutdown failed (the feed replays it at start)", e);
        }
        closeQuietly(engine, generation, false);
        engine = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** A generation held open by another process: this data folder is another node's too. */
    static final class IndexInUse extends IllegalStateException {
        IndexInUse(String generation, LockObtainFailedException cause) {
            super(
                    "Search index " + generation + " is in use by another process: is another Nashir running on this"
                            + " data folder? Every node needs its own (NASHIR_DATA_DIR)",
                    cause);
        }
    }
}
