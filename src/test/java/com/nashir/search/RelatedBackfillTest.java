package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.nashir.published.PublishedArticles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The background worker yields to readers: while the processors are busy a round keeps one list, not twenty. */
class RelatedBackfillTest {
    private final AtomicReference<Double> load = new AtomicReference<>(0.2);
    private final RelatedLists lists = mock(RelatedLists.class);
    private final RelatedQueue wanted = new RelatedQueue();
    private final RelatedBackfill backfill = new RelatedBackfill(
            mock(RelatedArticles.class),
            lists,
            wanted,
            mock(PublishedArticles.class),
            mock(SearchIndex.class),
            Clock.fixed(Instant.parse("2026-12-05T06:00:00Z"), ZoneOffset.UTC),
            new ProcessorLoad(0.75, load::get, System::nanoTime),
            /* live= */ true,
            /* rate= */ 20);

    @Test
    void aQuietMachineKeepsTheWholeRate() {
        LongStream.rangeClosed(1, 30).forEach(wanted::offer);

        assertThat(backfill.next(backfill.roundSize())).hasSize(20);
    }

    @Test
    void aBusyMachineKeepsOneListARound() {
        load.set(0.9);
        LongStream.rangeClosed(1, 30).forEach(wanted::offer);

        assertThat(backfill.next(backfill.roundSize())).containsExactly(1L);
        assertThat(wanted.size()).as("the others wait for the next rounds").isEqualTo(29);
    }

    @Test
    void aBusyMachineStillWalksThePassSlowly() {
        load.set(1.0);
        when(lists.wanting(anyLong(), any(), anyInt())).thenReturn(List.of(99L));

        assertThat(backfill.next(backfill.roundSize())).containsExactly(99L);
    }
}
