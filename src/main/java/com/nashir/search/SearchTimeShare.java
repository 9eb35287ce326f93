package com.nashir.search;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The share of one core that article pages may spend searching their related articles on the spot
 * ({@code nashir.search.related-share}, a quarter), when their article has no kept list yet. A
 * reader arriving on such a page now and then gets a list ranked for it; a crawl of an archive
 * whose lists are not kept yet (just imported: filling a million lists takes hours) would
 * otherwise make every page pay a search of the whole archive, and a node that renders a few
 * thousand cached-list pages a second would render a few dozen. Past the share, pages show the
 * section's newest instead and leave the list to the background ({@link RelatedBackfill}).
 *
 * <p>Time, not a count of searches: a search costs a fraction of a millisecond in a small archive
 * and its whole budget in a large one, and the share holds in both. Searches spend from a balance
 * that refills at the share's pace and holds at most one second's worth; a search may leave it
 * below zero (it is measured after the fact), and pages then wait for the debt to be repaid.
 */
@Component
class SearchTimeShare {
    private final double share;
    private final long nanosPerSecond;
    private final LongSupplier nanoTime;
    private long balance;
    private long refilledAt;

    @Autowired
    SearchTimeShare(@Value("${nashir.search.related-share:0.25}") double share) {
        this(share, System::nanoTime);
    }

    SearchTimeShare(double share, LongSupplier nanoTime) {
        if (!(share >= 0 && share <= 8)) {
            throw new IllegalArgumentException(
                    "nashir.search.related-share: a share of a core from 0 to 8, got " + share);
        }
        this.share = share;
        this.nanosPerSecond = (long) (share * Duration.ofSeconds(1).toNanos());
        this.nanoTime = nanoTime;
        this.refilledAt = nanoTime.getAsLong();
        this.balance = nanosPerSecond;
    }

    /** Whether a page may search now. */
    synchronized boolean available() {
        refill();
        return nanosPerSecond > 0 && balance > 0;
    }

    /** A page searched for {@code nanos}. */
    synchronized void spent(long nanos) {
        refill();
        balance -= nanos;
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        long elapsed = now - refilledAt;
        refilledAt = now;
        balance = (long) Math.min(nanosPerSecond, balance + elapsed * share);
    }
}
