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
    /** One article a day for a thousand days. */
    static SearchEngine engine;

    @BeforeAll
    static void aThousandDays() throws Exception {
        engine = new SearchEngine(new ByteBuffersDirectory(), ZoneId.of("Asia/Amman"));
        for (int day = 0; day < 1000; day++) {
            engine.put(TestDocuments.published(day + 1, "خبر اليوم " + day, "نص", NEWS, day(day)));
        }
        engine.refresh();
    }

    static Instant day(int day) {
        return START.plus(Duration.ofDays(day));
    }

    private static TimeWindow around(Instant at, int documents) {
        return engine.withSearcher(s -> TimeWindow.around(s.getIndexReader(), at.toEpochMilli(), documents));
    }

    @Test
    void aWindowInTheMiddleHoldsAboutTheDocumentsAskedForOnEitherSide() {
        TimeWindow w = around(day(500), 100);
        assertThat(Duration.ofMillis(w.to() - w.from()).toDays()).isBetween(99L, 101L);
        assertThat(w.from()).isLessThan(day(500).toEpochMilli());
        assertThat(w.to()).isGreaterThan(day(500).toEpochMilli());
        assertThat(Duration.ofMillis(day(500).toEpochMilli() - w.from()).toDays())
                .isBetween(49L, 51L);
    }

    @Test
    void nearTheNewestItReachesBackAsFarAndTakesWhateverIsPublishedLater() {
        TimeWindow w = around(day(995), 100);
        assertThat(w.to()).isEqualTo(Long.MAX_VALUE);
        assertThat(Duration.ofMillis(day(999).toEpochMilli() - w.from()).toDays())
                .isBetween(99L, 101L);
        assertThat(around(day(2000), 100)).isEqualTo(w);
    }

    @Test
    void nearTheOldestItReachesForwardAsFar() {
        TimeWindow w = around(day(3), 100);
        assertThat(w.from()).isEqualTo(Long.MIN_VALUE);
        assertThat(Duration.ofMillis(w.to() - day(0).toEpochMilli()).toDays()).isBetween(99L, 101L);
    }

    @Test
    void anArchiveSmallerThanTheWindowIsReadWhole() {
        assertThat(around(day(500), 1000)).isEqualTo(TimeWindow.EVERYTHING);
    }
}
