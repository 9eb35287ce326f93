package com.nashir.search;

import com.nashir.published.PublicArticle;
import com.nashir.published.PublishedArticles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Finds and keeps the related articles of every public article, in the background, so that an
 * article page only reads them. Once a second it takes up to {@code nashir.search.related-rate}
 * articles (20): first those the pages asked for ({@link RelatedQueue}: missing or old lists),
 * then the next ones of a pass over the whole archive, newest first, that have no list or one
 * older than a week. A pass that finds nothing left to do rests an hour. Each list is searched
 * with a larger budget than a page's ({@link RelatedArticles#KEEP_BUDGET}), so it ranks more of the archive.
 *
 * <p>Readers come first: while the machine's processors are busy ({@link ProcessorLoad}, as
 * during a crawl of an archive whose lists are not kept yet), a round keeps one list instead of
 * {@code rate}, a twentieth of the work. The pages meanwhile show what they can without a kept list
 * ({@link RelatedArticles}), and the lists fill at full pace when the crawl is over.
 *
 * <p>Every node runs it on the shared table, which is harmless (a list found twice is kept once)
 * and makes the work go faster with more nodes. Off where the index is not live (commands) or
 * with a rate of 0.
 */
@Component
class RelatedBackfill implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(RelatedBackfill.class);
    static final Duration PASS_REST = Duration.ofHours(1);

    private final RelatedArticles related;
    private final RelatedLists lists;
    private final RelatedQueue wanted;
    private final PublishedArticles published;
    private final SearchIndex index;
    private final Clock clock;
    private final boolean live;
    private final int rate;
    private final ProcessorLoad load;

    private ScheduledExecutorService worker;
    private volatile boolean running;
    /** The pass's position: the next batch is taken below this id. */
    private long before = Long.MAX_VALUE;

    private Instant passResumes = Instant.MIN;

    RelatedBackfill(
            RelatedArticles related,
            RelatedLists lists,
            RelatedQueue wanted,
            PublishedArticles published,
            SearchIndex index,
            Clock clock,
            ProcessorLoad load,
            @Value("${nashir.search.live:true}") boolean live,
            @Value("${nashir.search.related-rate:20}") int rate) {
        this.related = related;
        this.lists = lists;
        this.wanted = wanted;
        this.published = published;
        this.index = index;
        this.clock = clock;
        this.live = live;
        this.rate = rate;
        this.load = load;
    }

    /** How many lists this round keeps: the rate, or one while the processors are busy. */
    int roundSize() {
        return load.busy() ? Math.min(1, rate) : rate;
    }

    @Override
    public void start() {
        if (!live || rate <= 0) {
            return;
        }
        var executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "related-lists");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        worker = executor;
        running = true;
        worker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    private void tick() {
        if (!index.ready()) {
            return;
        }
        try {
            for (long id : next(roundSize())) {
                if (!running) {
                    return;
                }
                keep(id);
            }
        } catch (RuntimeException e) {
            log.warn("Related articles: this round failed, the next one tries again", e);
        }
    }

    /** The articles of this round: asked for by pages first, then the pass's next. */
    List<Long> next(int max) {
        List<Long> ids = new ArrayList<>(wanted.take(max));
        Instant now = clock.instant();
        if (ids.size() < max && now.isAfter(passResumes)) {
            List<Long> pass = lists.wanting(before, now.minus(RelatedLists.MAX_AGE), max - ids.size());
            if (pass.size() < max - ids.size()) {
                before = Long.MAX_VALUE;
                passResumes = now.plus(PASS_REST);
            } else {
                before = pass.get(pass.size() - 1);
            }
            pass.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        }
        return ids;
    }

    /** Finds and keeps one article's list; an article no longer public (or not yet) is left alone. */
    void keep(long id) {
        Optional<PublicArticle> article = published.byId(id);
        if (article.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        lists.save(id, article.get().modifiedAt(), related.toKeep(article.get(), now), now);
    }

    /**
     * Lets the list being found finish rather than interrupting it: an interrupt in the middle of
     * an embedded H2 write closes H2's file channel, and with it the database for every context of
     * the process (a test context closing beside the shared one took the shared one down).
     */
    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.shutdown();
            try {
                worker.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
