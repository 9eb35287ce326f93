package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How long a kept related list serves: a tenth of the story's age, between ten minutes and a week. */
class RelatedListsTest {
    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void aStoryOfAnHourKeepsItsListTenMinutes() {
        assertThat(RelatedLists.maxAge(NOW.minus(Duration.ofHours(1)), NOW)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aStoryOfTenDaysKeepsItsListADay() {
        assertThat(RelatedLists.maxAge(NOW.minus(Duration.ofDays(10)), NOW)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void anArchiveStoryKeepsItsListAWeek() {
        assertThat(RelatedLists.maxAge(NOW.minus(Duration.ofDays(3650)), NOW)).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aListIsStaleOnceOlderThanThat() {
        Instant published = NOW.minus(Duration.ofDays(10));
        assertThat(new RelatedLists.Stored(List.of(1L), NOW.minus(Duration.ofHours(23))).stale(published, NOW))
                .isFalse();
        assertThat(new RelatedLists.Stored(List.of(1L), NOW.minus(Duration.ofHours(25))).stale(published, NOW))
                .isTrue();
    }

    @Test
    void anEmptyListIsSearchedAgainAfterTenMinutesWhateverTheStorysAge() {
        Instant published = NOW.minus(Duration.ofDays(900));
        assertThat(new RelatedLists.Stored(List.of(), NOW.minus(Duration.ofMinutes(9))).stale(published, NOW))
                .isFalse();
        assertThat(new RelatedLists.Stored(List.of(), NOW.minus(Duration.ofMinutes(11))).stale(published, NOW))
                .as("an empty list found while the index was still filling must not stand for a week")
                .isTrue();
    }

    @Test
    void theQueueIsBoundedAndKeepsEachArticleOnce() {
        RelatedQueue queue = new RelatedQueue();
        assertThat(queue.offer(7)).isTrue();
        assertThat(queue.offer(7)).isTrue();
        for (long id = 100; queue.size() < RelatedQueue.CAPACITY; id++) {
            queue.offer(id);
        }
        assertThat(queue.offer(99_999)).as("full").isFalse();
        assertThat(queue.take(3)).containsExactly(7L, 100L, 101L);
        assertThat(queue.size()).isEqualTo(RelatedQueue.CAPACITY - 3);
    }
}
