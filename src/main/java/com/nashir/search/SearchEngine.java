package com.nashir.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * One Lucene index: writes documents, makes them searchable at once (near-real-time refresh),
 * and hands out searchers. Knows nothing of the database or of Spring, so tests and the
 * benchmark use it directly. Thread-safe.
 */
final class SearchEngine implements Closeable {
    /** Commit data: the last change-feed entry the index contains. */
    static final String FEED_POSITION = "feed";
    /** Commit data: when the index was last committed (epoch millis). */
    static final String COMMITTED_AT = "committed";
    /** Commit data: the {@link SearchFields#LAYOUT} the index was written with. */
    static final String LAYOUT = "layout";
    /** How long facet counts are reused for the same search on the same index version. */
    static final Duration FACETS_FOR = Duration.ofSeconds(10);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final ZoneId zone;
    /** Facet counts of recent searches; see {@link #facets}. */
    private final Cache<FacetKey, FacetCounter.Counted> facetCache = Caffeine.newBuilder()
            .maximumSize(2_000)
            .expireAfterWrite(FACETS_FOR)
            .recordStats()
            .build();
    /** Words by their consonant skeleton, per segment (names across scripts). */
    private final Skeletons skeletons = new Skeletons();
    /**
     * What the vocabulary decided for a query word on an index version: popular searches repeat,
     * and the decision costs a few dozen term lookups.
     */
    private final Cache<VocabularyKey, java.util.List<String>> vocabularyCache =
            Caffeine.newBuilder().maximumSize(20_000).build();

    private record VocabularyKey(Object reader, String word) {}

    /** Off only in the benchmark, to measure what an uncached search costs. */
    private volatile boolean cacheFacets = true;

    /** A live index's small segments merged into one once they are this many ({@link #mergeTailIfLong}). */
    static final int TAIL_MERGE_AT = 8;

    private final RecentSegmentsMerge merges;

    SearchEngine(Directory directory, ZoneId zone) throws IOException {
        this(directory, zone, 48);
    }

    SearchEngine(Directory directory, ZoneId zone, int bufferMegabytes) throws IOException {
        this(directory, zone, bufferMegabytes, new TieredMergePolicy());
    }

    /** With {@code usual} as the merge policy for the merges writes ask for (a test keeps more small segments). */
    SearchEngine(Directory directory, ZoneId zone, int bufferMegabytes, TieredMergePolicy usual) throws IOException {
        this.directory = directory;
        this.merges = new RecentSegmentsMerge(usual);
        this.zone = zone;
        this.analyzer = SearchFields.analyzer();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setMergePolicy(merges)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(bufferMegabytes)
                .setIndexSort(SearchFields.NEWEST_FIRST)
                .setCommitOnClose(false)
                // A merged segment's facet arrays are read before searches see it, not by the first search to count
                // there.
                .setMergedSegmentWarmer(SegmentFacets::of);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                // Every segment's arrays before the version is searched: all of them when the index opens, then only
                // the new ones a refresh brings (flushed by this node; merged ones are read above).
                for (LeafReaderContext segment : reader.leaves()) {
                    SegmentFacets.of(segment.reader());
                }
                return new IndexSearcher(reader);
            }
        });
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** The analyzer for queries on this searcher's index version: {@link #analyzer()} plus {@link QueryVocabulary}'s forms. */
    Analyzer queryAnalyzer(IndexSearcher searcher) {
        var reader = searcher.getIndexReader();
        Object version = reader.getReaderCacheHelper() == null
                ? reader
                : reader.getReaderCacheHelper().getKey();
        QueryVocabulary vocabulary = new QueryVocabulary(reader, skeletons);
        return SearchFields.queryAnalyzer(
                word -> vocabularyCache.get(new VocabularyKey(version, word), k -> vocabulary.alternatives(word)));
    }

    ZoneId zone() {
        return zone;
    }

    void put(SearchDocument document) {
        try {
            writer.updateDocument(
                    new Term(SearchFields.ID, Long.toString(document.id())), SearchFields.toLucene(document, zone));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a document to a new index (a rebuild): no earlier version to look up and replace. */
    void add(SearchDocument document) {
        try {
            writer.addDocument(SearchFields.toLucene(document, zone));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(long id) {
        try {
            writer.deleteDocuments(new Term(SearchFields.ID, Long.toString(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every write so far visible to new searchers. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges the whole index into one segment and waits for it. A rebuild calls it before its commit: the segments its
     * flushes leave (two dozen at a million articles, each searched and its terms looked up separately) made an
     * uncached search at a million cost 4.9 ms of one processor where one segment costs 3.7 (in-process, 2026-12-06,
     * eleventh sitting); the whole rebuild took 1,076 s with the merge against 900 s without. The segments later writes add are merged by Lucene's usual policy, apart from this one.
     */
    void mergeIntoOneSegment() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts merging the small segments later writes left beside the big one ({@link RecentSegmentsMerge}) once they
     * are {@link #TAIL_MERGE_AT} or more, in the background; true when it did.
     */
    boolean mergeTailIfLong() {
        int tail = withSearcher(s -> RecentSegmentsMerge.tail(s.getIndexReader().leaves().stream()
                .map(l -> l.reader().maxDoc())
                .toList()));
        if (tail < TAIL_MERGE_AT) {
            return false;
        }
        try {
            merges.mergeTail(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    /**
     * Whether merges are running or waiting (benchmarks: a simulated day waits for the merges a real one has hours
     * for, {@code LiveIndexBench}).
     */
    boolean merging() {
        return writer.hasPendingMerges() || !writer.getMergingSegments().isEmpty();
    }

    /** Durably stores everything written so far, with the given commit data. */
    void commit(Map<String, String> data) {
        try {
            Map<String, String> all = new HashMap<>(data);
            all.put(COMMITTED_AT, Long.toString(System.currentTimeMillis()));
            all.put(LAYOUT, SearchFields.LAYOUT);
            writer.setLiveCommitData(all.entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The commit data of the last commit (empty for a new index). */
    Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /**
     * Facet counts for {@code key} on the searcher's index version, from the cache or computed.
     * A new index version (every refresh that saw a write) makes new keys; entries also expire
     * after {@link #FACETS_FOR}, since the public filter depends on the time (scheduled articles).
     */
    FacetCounter.Counted facets(IndexSearcher searcher, Object key, FacetWork compute) throws IOException {
        FacetCounter.Counted cached = cachedFacets(searcher, key);
        if (cached == null) {
            cached = compute.run();
            if (cacheFacets) {
                facetCache.put(facetKey(searcher, key), cached);
            }
        }
        return cached;
    }

    /** The counts kept for {@code key} on the searcher's index version; null when none are. */
    FacetCounter.Counted cachedFacets(IndexSearcher searcher, Object key) {
        return cacheFacets ? facetCache.getIfPresent(facetKey(searcher, key)) : null;
    }

    private static FacetKey facetKey(IndexSearcher searcher, Object key) {
        return new FacetKey(searcher.getIndexReader().getReaderCacheHelper().getKey(), key);
    }

    /** The benchmark turns the facet cache off to measure uncached searches. */
    void cacheFacets(boolean on) {
        cacheFacets = on;
        facetCache.invalidateAll();
    }

    /** Facet counts found in the cache and computed, so far (the benchmark reports the hit rate). */
    long[] facetCacheCounts() {
        var stats = facetCache.stats();
        return new long[] {stats.hitCount(), stats.missCount()};
    }

    interface FacetWork {
        FacetCounter.Counted run() throws IOException;
    }

    private record FacetKey(Object reader, Object query) {}

    long documentCount() {
        return writer.getDocStats().numDocs;
    }

    /** Runs {@code work} with a current searcher and releases it afterwards. */
    <T> T withSearcher(SearcherWork<T> work) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return work.run(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                // releasing only lowers a reference count
            }
        }
    }

    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
