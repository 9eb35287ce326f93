package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Pages' own related searches get a share of a core, measured in time, refilled at that pace. */
class SearchTimeShareTest {
    private static final long MS = 1_000_000L;

    final AtomicLong clock = new AtomicLong(5_000 * MS);

    @Test
    void aQuarterOfACoreIsAQuarterSecondOfSearchingEverySecond() {
        var share = new SearchTimeShare(0.25, clock::get);
        int searches = 0;
        // A crawl: one 15 ms search after another, as fast as pages arrive, for ten seconds.
        for (long t = 0; t < 10_000; t += 1) {
            clock.set((5_000 + t) * MS);
            if (share.available()) {
                share.spent(15 * MS);
                searches++;
            }
        }
        // 250 ms a second for ten seconds (2,500 ms), plus the first second's balance (250 ms): 183 searches of 15 ms.
        assertThat(searches * 15).isBetween(2_500, 2_765);
    }

    @Test
    void aSearchMayOverdrawAndPagesThenWaitForTheDebt() {
        var share = new SearchTimeShare(0.25, clock::get);
        assertThat(share.available()).isTrue();
        share.spent(750 * MS); // a search far over its balance of 250 ms
        assertThat(share.available()).as("500 ms in debt").isFalse();
        clock.addAndGet(1_999 * MS);
        assertThat(share.available()).as("repaid at 250 ms a second: not yet").isFalse();
        clock.addAndGet(2 * MS);
        assertThat(share.available()).isTrue();
    }

    @Test
    void aLongQuietTimeRefillsOneSecondsWorthAtMost() {
        var share = new SearchTimeShare(0.25, clock::get);
        clock.addAndGet(3_600_000 * MS);
        assertThat(share.available()).isTrue();
        share.spent(251 * MS);
        assertThat(share.available())
                .as("an hour's rest does not bank an hour of searching")
                .isFalse();
    }

    @Test
    void aShareOfNothingNeverSearches_andANonsenseShareIsRefused() {
        assertThat(new SearchTimeShare(0, clock::get).available()).isFalse();
        assertThatThrownBy(() -> new SearchTimeShare(-1, clock::get))
                .hasMessageContaining("nashir.search.related-share");
        assertThatThrownBy(() -> new SearchTimeShare(Double.NaN, clock::get))
                .hasMessageContaining("nashir.search.related-share");
    }
}
