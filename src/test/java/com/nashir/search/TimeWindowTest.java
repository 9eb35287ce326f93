package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stretch of time a related search reads: as long as the archive takes to publish the documents asked for. */
class TimeWindowTest {
    static final Instant START = Instant.parse("2015-01-01T00:00:00Z");
    static final SearchDocument.Named NEWS = new SearchDocument.Named("news", "أخبار");
    /** One article a day for a thousand days, then four a day for a hundred and twenty-five: 1,500 in all. */
    static SearchEngine engine;

    @BeforeAll
    static void aThousandDaysThenFourTimesFaster() throws Exception {
        engine = new SearchEngine(new ByteBuffersDirectory(), ZoneId.of("Asia/Amman"));
        for (int day = 0; day < 1000; day++) {
            engine.put(TestDocuments.published(day + 1, "خبر اليوم " + day, "نص", NEWS, day(day)));
        }
        for (int i = 0; i < 500; i++) {
            Instant at = day(1000).plus(Duration.ofHours(6L * i));
            engine.put(TestDocuments.published(1001 + i, "خبر " + i, "نص", NEWS, at));
        }
        engine.refresh();
    }

    private static long held(TimeWindow w) {
        return engine.withSearcher(s -> (long) s.count(SearchFilters.publishedBetween(w.from(), w.to())));
    }

    static Instant day(int day) {
        return START.plus(Duration.ofDays(day));
    }

    private static TimeWindow around(Instant at, int documents) {
        return engine.withSearcher(s -> TimeWindow.around(s, at.toEpochMilli(), documents));
    }

    @Test
    void aWindowInTheMiddleHoldsAboutTheDocumentsAskedForOnEitherSide() {
        TimeWindow w = around(day(500), 100);
        assertThat(held(w)).isBetween(95L, 105L);
        assertThat(Duration.ofMillis(day(500).toEpochMilli() - w.from()).toDays())
                .isBetween(48L, 52L);
        assertThat(Duration.ofMillis(w.to() - day(500).toEpochMilli()).toDays()).isBetween(48L, 52L);
    }

    @Test
    void whereTheSitePublishesFasterTheWindowIsShorterAndHoldsAsMany() {
        TimeWindow w = around(day(1060), 100);
        assertThat(held(w))
                .as("the archive's average pace alone would give a window of 75 days here, holding about 300 articles")
                .isBetween(80L, 125L);
        assertThat(Duration.ofMillis(w.to() - w.from()).toDays()).isBetween(20L, 32L);
    }

    @Test
    void nearTheNewestItReachesBackAsFarAndTakesWhateverIsPublishedLater() {
        TimeWindow w = around(day(1123), 100);
        assertThat(w.to()).isEqualTo(Long.MAX_VALUE);
        assertThat(held(w)).isBetween(80L, 125L);
        assertThat(around(day(2000), 100)).isEqualTo(w);
    }

    @Test
    void nearTheOldestItReachesForwardAsFar() {
        TimeWindow w = around(day(3), 100);
        assertThat(w.from()).isEqualTo(Long.MIN_VALUE);
        assertThat(held(w)).isBetween(80L, 125L);
    }

    @Test
    void anArchiveSmallerThanTheWindowIsReadWhole() {
        assertThat(around(day(500), 1500)).isEqualTo(TimeWindow.EVERYTHING);
    }
}
