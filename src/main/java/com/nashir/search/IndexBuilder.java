package com.nashir.search;

import com.nashir.article.Article;
import com.nashir.site.SiteSettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Builds a whole new index generation from the database and makes it current. Used by a node
 * whose index is empty or unreadable, and by the {@code reindex} command (which may run in
 * another process while the site serves: the serving node switches to the new generation and
 * replays the change feed from where the build started).
 */
@Component
public class IndexBuilder {
    private static final int BATCH = 200;
    /** A rebuild flushes segments less often than live updates need to. */
    private static final int REBUILD_BUFFER_MB = 128;

    /** Told how far a rebuild has come. */
    public interface Progress {
        void update(long done, long total);

        /** Every document is in; the index is being merged into one segment (at a million articles, a minute or two). */
        default void merging() {}
    }

    /** What a rebuild made. */
    public record Built(String generation, long documents, long bytes, long millis) {}

    private final ArticleDocuments documents;
    private final SearchFeed feed;
    private final SiteSettingsStore site;
    private final IndexLocation location;

    IndexBuilder(ArticleDocuments documents, SearchFeed feed, SiteSettingsStore site, IndexLocation location) {
        this.documents = documents;
        this.feed = feed;
        this.site = site;
        this.location = location;
    }

    /** Rebuilds with one indexing thread: what a serving node spares while readers keep coming. */
    public Built rebuild(Progress progress) {
        return rebuild(progress, 1);
    }

    /**
     * Rebuilds with {@code threads} threads analysing documents (the {@code reindex} command uses
     * every core: analysis of Arabic text is most of a rebuild's time, and IndexWriter takes
     * documents from several threads at once). The database is read by the calling thread, one
     * batch ahead of the indexers at most per thread, so memory stays bounded.
     */
    public Built rebuild(Progress progress, int threads) {
        long started = System.currentTimeMillis();
        IndexGenerations generations = location.generations();
        String name = generations.create();
        // Read the feed position first: anything committed after it is replayed by the serving node.
        long position = feed.position();
        long total = documents.count();
        AtomicLong done = new AtomicLong();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        ExecutorService indexers = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads),
                new ThreadPoolExecutor.CallerRunsPolicy());
        try (SearchEngine engine =
                new SearchEngine(generations.open(name), site.current().zone(), REBUILD_BUFFER_MB)) {
            progress.update(0, total);
            long after = 0;
            List<Article> batch;
            // A batch of whole articles in three statements (rows, authors, tags), never three per article.
            while (!(batch = documents.articlesAfter(after, BATCH)).isEmpty()) {
                List<Article> mine = batch;
                indexers.execute(() -> {
                    try {
                        for (Article a : mine) {
                            engine.add(ArticleDocuments.of(a));
                        }
                        progress.update(done.addAndGet(mine.size()), Math.max(total, done.get()));
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                });
                if (failure.get() != null) {
                    throw failure.get();
                }
                after = batch.get(batch.size() - 1).id();
            }
            indexers.shutdown();
            if (!indexers.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IOException("search index rebuild: indexers did not finish");
            }
            if (failure.get() != null) {
                throw failure.get();
            }
            progress.merging();
            engine.mergeIntoOneSegment();
            engine.commit(Map.of(SearchEngine.FEED_POSITION, Long.toString(position)));
        } catch (IOException e) {
            generations.delete(name);
            throw new UncheckedIOException("search index rebuild failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            generations.delete(name);
            throw new IllegalStateException("search index rebuild interrupted", e);
        } catch (RuntimeException e) {
            generations.delete(name);
            throw e;
        } finally {
            indexers.shutdownNow();
        }
        generations.makeCurrent(name);
        return new Built(name, done.get(), generations.size(name), System.currentTimeMillis() - started);
    }
}
