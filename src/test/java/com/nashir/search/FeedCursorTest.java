package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the change feed when transactions commit out of id order. */
class FeedCursorTest {

    @Test
    void advancesOverContiguousIds() {
        FeedCursor c = new FeedCursor(0);
        c.saw(List.of(1L, 2L, 3L), 0);
        assertThat(c.high()).isEqualTo(3);
        assertThat(c.gaps()).isEmpty();
        assertThat(c.safePosition()).isEqualTo(3);
    }

    @Test
    void idsJumpedOverAreAskedForAgainUntilTheyAppear() {
        FeedCursor c = new FeedCursor(0);
        c.saw(List.of(1L, 4L), 0);
        assertThat(c.gaps()).containsExactlyInAnyOrder(2L, 3L);
        assertThat(c.safePosition())
                .as("a restart resumes before the oldest missing id")
                .isEqualTo(1);
        c.saw(List.of(3L), 10);
        assertThat(c.gaps()).containsExactly(2L);
        c.saw(List.of(2L), 20);
        assertThat(c.gaps()).isEmpty();
        assertThat(c.safePosition()).isEqualTo(4);
    }

    @Test
    void gapsOfRolledBackInsertsExpire() {
        FeedCursor c = new FeedCursor(0);
        c.saw(List.of(5L), 1_000);
        c.expire(30_000, 60_000);
        assertThat(c.gaps()).hasSize(4);
        c.expire(62_000, 60_000);
        assertThat(c.gaps()).isEmpty();
        assertThat(c.safePosition()).isEqualTo(5);
    }

    @Test
    void startsFromTheReplayPointNeverBelowZero() {
        assertThat(new FeedCursor(-200).high()).isZero();
    }
}
