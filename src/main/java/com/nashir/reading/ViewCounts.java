package com.nashir.reading;

import com.nashir.published.PublishedArticles;
import com.nashir.system.Sql;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Article views per hour ({@code article_view_hour}, V51), counted without cookies or addresses:
 * each view adds one in memory; every few seconds the node adds what it holds to the shared rows
 * (every node adds to the same counts). Writes are bounded whatever arrives: at most
 * {@code maxPending} views wait between flushes (more are dropped, and counted as dropped), and
 * only articles that are public when the batch is written get a row.
 */
@Component
public class ViewCounts {
    private static final Logger log = LoggerFactory.getLogger(ViewCounts.class);
    /** How long views are kept: the longest ranking ({@link MostRead#WINDOW}) and a margin. */
    static final Duration KEEP = Duration.ofDays(8);

    private final JdbcClient jdbc;
    private final PublishedArticles published;
    private final Clock clock;
    private final int maxPending;
    private final AtomicReference<Map<Long, LongAdder>> pending = new AtomicReference<>(new ConcurrentHashMap<>());
    private final AtomicInteger waiting = new AtomicInteger();
    private final LongAdder dropped = new LongAdder();

    ViewCounts(
            JdbcClient jdbc,
            PublishedArticles published,
            Clock clock,
            @Value("${nashir.views.max-pending:20000}") int maxPending) {
        this.jdbc = jdbc;
        this.published = published;
        this.clock = clock;
        this.maxPending = maxPending;
    }

    /** One view of an article; false when the node already holds as many as it writes in one go. */
    public boolean add(long articleId) {
        if (articleId <= 0 || waiting.incrementAndGet() > maxPending) {
            waiting.decrementAndGet();
            dropped.increment();
            return false;
        }
        pending.get().computeIfAbsent(articleId, k -> new LongAdder()).increment();
        return true;
    }

    /** Views dropped since start because too many arrived at once. */
    public long dropped() {
        return dropped.sum();
    }

    /**
     * Adds the views held here to the current hour's rows. The update-then-insert works the same
     * on H2 and PostgreSQL without a transaction around the batch: a row another node inserted
     * first turns the insert into a duplicate, and the update is tried again.
     */
    @Scheduled(
            fixedDelayString = "${nashir.views.flush-interval:5s}",
            initialDelayString = "${nashir.views.flush-interval:5s}")
    public synchronized void flush() {
        Map<Long, LongAdder> batch = pending.getAndSet(new ConcurrentHashMap<>());
        waiting.set(0);
        if (batch.isEmpty()) {
            return;
        }
        Set<Long> open = published.publicIds(batch.keySet());
        var hour = Sql.param(clock.instant().truncatedTo(ChronoUnit.HOURS));
        List<Long> failed = new ArrayList<>();
        for (Long id : open) {
            long n = batch.get(id).sum();
            try {
                if (update(id, hour, n) == 0) {
                    try {
                        jdbc.sql("insert into article_view_hour (article_id, hour_start, views) values (?, ?, ?)")
                                .params(id, hour, n)
                                .update();
                    } catch (DuplicateKeyException raced) {
                        update(id, hour, n);
                    }
                }
            } catch (RuntimeException e) {
                failed.add(id);
                log.warn("Views of article {} not written: {}", id, e.getMessage());
            }
        }
        if (!failed.isEmpty()) {
            dropped.add(failed.size());
        }
    }

    private int update(long id, Object hour, long n) {
        return jdbc.sql("update article_view_hour set views = views + ? where article_id = ? and hour_start = ?")
                .params(n, id, hour)
                .update();
    }

    /** Hours older than {@link #KEEP} go. */
    @Scheduled(
            fixedDelayString = "${nashir.views.prune-interval:1h}",
            initialDelayString = "${nashir.views.prune-interval:1h}")
    public void prune() {
        jdbc.sql("delete from article_view_hour where hour_start < ?")
                .param(Sql.param(clock.instant().minus(KEEP)))
                .update();
    }

    /** What is held goes out before the node stops. */
    @PreDestroy
    void close() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Views held at shutdown not written: {}", e.getMessage());
        }
    }

    /** Views of each article since {@code from}, most first, at most {@code limit} (for {@link MostRead}). */
    List<long[]> since(Instant from, int limit) {
        return jdbc.sql("select article_id, sum(views) as n from article_view_hour where hour_start >= ? "
                        + "group by article_id order by n desc, article_id desc limit ?")
                .params(Sql.param(from), limit)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }
}
