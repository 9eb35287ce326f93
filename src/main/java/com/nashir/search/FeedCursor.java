package com.nashir.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far a node has read the change feed. Identity values are handed out when a row is
 * inserted but become visible when its transaction commits, so a lower id can appear after a
 * higher one: ids skipped over are kept as gaps and asked for again until they show up or are
 * old enough to be a rolled-back insert.
 */
final class FeedCursor {
    static final int MAX_GAPS = 10_000;
    private long high;
    private final Map<Long, Long> gaps = new LinkedHashMap<>();

    FeedCursor(long start) {
        this.high = Math.max(0, start);
    }

    long high() {
        return high;
    }

    Set<Long> gaps() {
        return Collections.unmodifiableSet(gaps.keySet());
    }

    /** Where a restart may safely resume: just before the oldest id still missing. */
    long safePosition() {
        return gaps.isEmpty() ? high : Math.min(high, Collections.min(gaps.keySet()) - 1);
    }

    /** Records the ids read; ids jumped over become gaps, noticed at {@code nowMillis}. */
    void saw(List<Long> ids, long nowMillis) {
        List<Long> sorted = new ArrayList<>(ids);
        Collections.sort(sorted);
        for (long id : sorted) {
            if (id > high) {
                for (long g = Math.max(high + 1, id - MAX_GAPS); g < id; g++) {
                    gaps.putIfAbsent(g, nowMillis);
                }
                high = id;
            } else {
                gaps.remove(id);
            }
        }
    }

    /** Forgets gaps older than {@code maxAgeMillis}: their transactions rolled back. */
    void expire(long nowMillis, long maxAgeMillis) {
        gaps.values().removeIf(noticed -> nowMillis - noticed > maxAgeMillis);
    }
}
