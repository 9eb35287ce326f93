package com.nashir.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Rows of one kind (authors, tags) kept in memory by id while nothing changes them, so that a page
 * reading an article names its authors and tags by id and finds them here instead of in two more
 * statements. The owner forgets a row when a {@link ContentChange} names it (on every node), or
 * every row when it may have missed changes; a read that started before a change is never kept
 * after it (the count of changes is taken before the statement and checked after).
 */
public final class KeptRows<V> {
    private final Cache<Long, V> rows;
    private final AtomicLong changes = new AtomicLong();

    /** At most {@code maxRows} rows, the least used leaving first. */
    public KeptRows(long maxRows) {
        this.rows = Caffeine.newBuilder().maximumSize(maxRows).build();
    }

    /**
     * The rows with these ids, in the order given (ids that have no row are left out): the kept
     * ones, and the others from {@code load} in one call, kept unless a change came in between.
     */
    public List<V> get(List<Long> ids, Function<Collection<Long>, Map<Long, V>> load) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, V> found = new HashMap<>(rows.getAllPresent(ids));
        List<Long> missing =
                ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            long before = changes.get();
            Map<Long, V> read = load.apply(missing);
            if (changes.get() == before) {
                rows.putAll(read);
                if (changes.get() != before) {
                    rows.invalidateAll(read.keySet());
                }
            }
            found.putAll(read);
        }
        List<V> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            V v = found.get(id);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** The row of {@code id} changed (or is gone). */
    public void forget(long id) {
        changes.incrementAndGet();
        rows.invalidate(id);
    }

    /** Any row may have changed. */
    public void forgetAll() {
        changes.incrementAndGet();
        rows.invalidateAll();
    }
}
