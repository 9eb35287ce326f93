package com.nashir.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Articles whose related list an article page found missing or old, waiting for
 * {@link RelatedBackfill}. Bounded: under a crawl of the whole archive the pages keep rendering
 * (with a list searched on the spot) and the excess is dropped, for the background pass to find.
 */
@Component
class RelatedQueue {
    static final int CAPACITY = 1_000;

    private final LinkedHashSet<Long> ids = new LinkedHashSet<>();

    /** Asks for {@code articleId}'s list to be found and kept; false when the queue is full. */
    synchronized boolean offer(long articleId) {
        if (ids.size() >= CAPACITY && !ids.contains(articleId)) {
            return false;
        }
        ids.add(articleId);
        return true;
    }

    /** Up to {@code max} waiting articles, oldest request first, taken off the queue. */
    synchronized List<Long> take(int max) {
        List<Long> taken = new ArrayList<>(Math.min(max, ids.size()));
        var it = ids.iterator();
        while (it.hasNext() && taken.size() < max) {
            taken.add(it.next());
            it.remove();
        }
        return taken;
    }

    synchronized int size() {
        return ids.size();
    }
}
