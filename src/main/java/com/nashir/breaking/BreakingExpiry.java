package com.nashir.breaking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Turns passing expiries into "expired" events, so an item disappears from open pages when its
 * time is up, not only on the next page load. Ticks four times a second but reads the database
 * only when the earliest known expiry is due, after any breaking change (here or, on PostgreSQL,
 * on another node) and every 30 s in any case. Also forgets events older than a week, hourly.
 */
@Component
class BreakingExpiry {
    private static final Logger log = LoggerFactory.getLogger(BreakingExpiry.class);
    static final Duration RECHECK = Duration.ofSeconds(30);
    static final Duration KEEP_EVENTS = Duration.ofDays(7);

    private final BreakingNews breaking;
    private final BreakingEvents events;
    private final TransactionOperations tx;
    private final Clock clock;
    private volatile boolean dirty = true;
    private Instant nextDue = Instant.MIN;
    private Instant lastRead = Instant.MIN;
    private Instant lastPrune = Instant.MIN;

    BreakingExpiry(BreakingNews breaking, BreakingEvents events, TransactionOperations tx, Clock clock) {
        this.breaking = breaking;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** Any change may have moved the next expiry (an item posted, extended, ended). */
    @TransactionalEventListener(fallbackExecution = true)
    void onCommitted(BreakingEventsCommitted event) {
        dirty = true;
    }

    @Scheduled(fixedDelayString = "${nashir.breaking.expiry-tick:250ms}")
    synchronized void tick() {
        Instant now = clock.instant();
        if (!dirty && now.isBefore(nextDue) && now.isBefore(lastRead.plus(RECHECK))) {
            return;
        }
        // Cleared before reading, so a change committed during the read is looked at next tick.
        dirty = false;
        try {
            breaking.announceExpiries(tx);
            nextDue = breaking.nextExpiry().orElse(Instant.MAX);
            lastRead = now;
            if (now.isAfter(lastPrune.plus(Duration.ofHours(1)))) {
                lastPrune = now;
                events.prune(now.minus(KEEP_EVENTS));
            }
        } catch (RuntimeException e) {
            dirty = true;
            log.warn("breaking news: could not announce expiries ({}); retrying", e.getMessage());
        }
    }
}
