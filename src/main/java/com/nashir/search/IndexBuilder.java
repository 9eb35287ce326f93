package com.nashir.search;

import com.nashir.site.SiteSettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
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

    /** Told how far a rebuild has come. */
    public interface Progress {
        void update(long done, long total);
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

    public Built rebuild(Progress progress) {
        long started = System.currentTimeMillis();
        IndexGenerations generations = location.generations();
        String name = generations.create();
        // Read the feed position first: anything committed after it is replayed by the serving node.
        long position = feed.position();
        long total = documents.count();
        long done = 0;
        try (SearchEngine engine = new SearchEngine(generations.open(name), site.current().zone())) {
            progress.update(0, total);
            long after = 0;
            List<Long> ids;
            while (!(ids = documents.idsAfter(after, BATCH)).isEmpty()) {
                for (long id : ids) {
                    documents.load(id).ifPresent(engine::put);
                    done++;
                }
                after = ids.get(ids.size() - 1);
                progress.update(done, Math.max(total, done));
            }
            engine.commit(Map.of(SearchEngine.FEED_POSITION, Long.toString(position)));
        } catch (IOException e) {
            generations.delete(name);
            throw new UncheckedIOException("search index rebuild failed", e);
        }
        generations.makeCurrent(name);
        return new Built(name, done, generations.size(name), System.currentTimeMillis() - started);
    }
}
