package com.nashir.search;

import com.nashir.article.Article;
import com.nashir.published.PublicArticle;
import com.nashir.published.PublishedArticles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.springframework.stereotype.Component;

/**
 * The {@code related} command: finds and keeps the related articles of every public article at
 * once, on every core, reading the current index generation beside a running site (a reader takes
 * no lock). For an archive that arrived in bulk (an import, a restore, a new index), which the
 * serving nodes' background pass ({@link RelatedBackfill}) would take hours to cover. Lists
 * still fresh are left as they are.
 */
@Component
public class RelatedFill {
    /** What a fill did. */
    public record Filled(long articles, long millis) {}

    private static final int BATCH = 200;

    private final ArticleDocuments documents;
    private final RelatedArticles related;
    private final RelatedLists lists;
    private final IndexLocation location;
    private final Clock clock;

    RelatedFill(
            ArticleDocuments documents,
            RelatedArticles related,
            RelatedLists lists,
            IndexLocation location,
            Clock clock) {
        this.documents = documents;
        this.related = related;
        this.lists = lists;
        this.location = location;
        this.clock = clock;
    }

    /** A list missing or old: an interrupted fill, run again, goes on where it stopped. */
    private static boolean wanted(Article a, RelatedLists.Stored kept, Instant now) {
        return kept == null || kept.stale(a.publishedAt(), now);
    }

    public Filled fillAll(IndexBuilder.Progress progress, int threads) {
        long started = System.currentTimeMillis();
        IndexGenerations generations = location.generations();
        String current = generations.current();
        if (current == null) {
            throw new IllegalStateException("no search index yet: run reindex first");
        }
        long total = documents.count();
        AtomicLong seen = new AtomicLong();
        AtomicLong kept = new AtomicLong();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        ExecutorService workers = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads),
                new ThreadPoolExecutor.CallerRunsPolicy());
        try (var directory = generations.open(current);
                var reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var analyzer = SearchFields.analyzer();
            progress.update(0, total);
            long after = 0;
            List<Article> batch;
            while (!(batch = documents.articlesAfter(after, BATCH)).isEmpty()) {
                List<Article> mine = batch;
                workers.execute(() -> {
                    try {
                        Instant now = clock.instant();
                        var keptNow = lists.of(mine.stream().map(Article::id).toList());
                        List<RelatedLists.Found> found = new ArrayList<>();
                        for (Article a : mine) {
                            if (PublishedArticles.isPublic(a, now) && wanted(a, keptNow.get(a.id()), now)) {
                                found.add(new RelatedLists.Found(
                                        a.id(),
                                        a.modifiedAt(),
                                        related.toKeep(searcher, analyzer, PublicArticle.of(a), now)));
                            }
                        }
                        lists.saveAll(found, now);
                        kept.addAndGet(found.size());
                        progress.update(seen.addAndGet(mine.size()), Math.max(total, seen.get()));
                    } catch (IOException e) {
                        failure.compareAndSet(null, new UncheckedIOException(e));
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                });
                if (failure.get() != null) {
                    throw failure.get();
                }
                after = batch.get(batch.size() - 1).id();
            }
            workers.shutdown();
            if (!workers.awaitTermination(12, TimeUnit.HOURS)) {
                throw new IllegalStateException("related articles: workers did not finish");
            }
            if (failure.get() != null) {
                throw failure.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("related articles: cannot read the search index", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("related articles interrupted", e);
        } finally {
            workers.shutdownNow();
        }
        return new Filled(kept.get(), System.currentTimeMillis() - started);
    }
}
