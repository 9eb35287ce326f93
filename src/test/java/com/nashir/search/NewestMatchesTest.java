package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The spare processor's share of a pass when the newest matches all lie in one segment, as they do at a million once
 * the recent segments are merged: the halves split the segment's documents, not the list of segments (which left the
 * spare processor nothing to read). The results match one pass's ({@link FacetCounterTest} compares them over many
 * segments and bounds).
 */
class NewestMatchesTest {
    static final Instant NOW = DemoCorpus.NOW;

    SearchEngine engine;
    ExecutorService thread = Executors.newSingleThreadExecutor();

    @BeforeEach
    void open() throws IOException {
        engine = new SearchEngine(new ByteBuffersDirectory(), DemoCorpus.ZONE);
        for (int i = 0; i < 3_000; i++) {
            String headline = i % 3 == 0 ? "خبر آخر رقم " + i : "انتخابات البلدية رقم " + i;
            engine.put(doc(i + 1, headline, NOW.minus(Duration.ofMinutes(7L * i))));
        }
        engine.refresh(); // one segment
    }

    @AfterEach
    void close() throws IOException {
        engine.close();
        thread.shutdownNow();
    }

    @Test
    void theSpareProcessorReadsPartOfASingleSegmentAndTheResultIsOnePasss() {
        engine.withSearcher(searcher -> {
            assertThat(searcher.getIndexReader().leaves()).hasSize(1);
            var query = QueryText.parse("انتخابات", engine.analyzer(), SearchFields.MATCHED);
            for (int bound : new int[] {10, 500, 1_999, 2_000, 5_000}) {
                NewestMatches alone = NewestMatches.find(searcher, query, bound, true, null);
                for (Executor spare : List.<Executor>of(thread, Runnable::run)) {
                    NewestMatches shared = NewestMatches.find(searcher, query, bound, true, spare);
                    if (spare != thread) {
                        // Run in place, the spare's half goes first and must find matches in the one segment (on a
                        // thread of its own it may start after the caller's half has read enough).
                        assertThat(shared.spareRead()).as("bound %d", bound).isPositive();
                    }
                    assertThat(shared.total()).isEqualTo(alone.total());
                    assertThat(shared.exact()).isEqualTo(alone.exact());
                    assertThat(docs(shared.best(25))).isEqualTo(docs(alone.best(25)));
                    var counted = shared.counted(searcher.getIndexReader());
                    var once = alone.counted(searcher.getIndexReader());
                    assertThat(counted.total()).isEqualTo(once.total());
                    assertThat(counted.facets()).usingRecursiveComparison().isEqualTo(once.facets());
                }
                assertThat(alone.spareRead()).isZero();
            }
            return null;
        });
    }

    @Test
    void oldStoriesSavedAgainInALaterSegmentDoNotSendThePassOnThroughTheArchive() throws IOException {
        try (SearchEngine live = new SearchEngine(new ByteBuffersDirectory(), DemoCorpus.ZONE)) {
            // The archive as rebuilt: a story every two hours for 500 days, every one matching.
            Instant archiveEnd = NOW.minus(Duration.ofDays(1));
            for (int i = 0; i < 6_000; i++) {
                live.put(doc(i + 1, "انتخابات البلدية رقم " + i, archiveEnd.minus(Duration.ofHours(2L * i))));
            }
            live.refresh();
            // Then the writes of the months since: the newest stories, and old ones of every year saved again (which
            // move to the new segment, after its new stories: one of its runs spans the whole archive).
            for (int i = 0; i < 200; i++) {
                live.put(doc(10_000 + i, "انتخابات جديدة رقم " + i, NOW.minus(Duration.ofMinutes(5L * i))));
            }
            for (int i = 0; i < 6_000; i += 100) {
                live.put(doc(i + 1, "انتخابات البلدية رقم " + i, archiveEnd.minus(Duration.ofHours(2L * i))));
            }
            live.refresh();
            live.withSearcher(searcher -> {
                assertThat(searcher.getIndexReader().leaves()).hasSize(2);
                var query = QueryText.parse("انتخابات", live.analyzer(), SearchFields.MATCHED);
                NewestMatches pass = NewestMatches.find(searcher, query, 2_000, true, null);
                assertThat(pass.total()).isEqualTo(2_000);
                assertThat(pass.exact()).isFalse();
                // The first 2,000 kept include stories up to 500 days old: their 2,000th newest, the pool's floor, let
                // the pass read on until another 2,000 were kept (4,000 read); the week count stops it near the bound.
                assertThat(pass.read()).isBetween(2_001L, 2_400L);
                return null;
            });
        }
    }

    private static List<String> docs(List<ScoreDoc> best) {
        return best.stream().map(d -> d.doc + ":" + d.score).toList();
    }

    private static SearchDocument doc(long id, String headline, Instant published) {
        return TestDocuments.published(
                id, headline, "نص الخبر", new SearchDocument.Named("politics", "سياسة"), published);
    }
}
