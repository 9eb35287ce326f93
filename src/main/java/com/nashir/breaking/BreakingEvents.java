package com.nashir.breaking;

import com.nashir.system.NodeNotifications;
import com.nashir.system.Sql;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The ordered log of changes that open pages follow live (breaking items, and live coverage
 * updates: one log, so one stream per page serves both), stored in the database so that a reader can
 * resume after any event id on any node. Each event is written in the transaction of the change
 * it records; after commit, {@link BreakingEventsCommitted} tells this node, and on PostgreSQL a
 * NOTIFY tells the others.
 */
@Component
public class BreakingEvents {
    static final String TOPIC = "breaking";

    private final JdbcClient jdbc;
    private final NodeNotifications notifications;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    /**
     * On PostgreSQL, the events other nodes commit arrive as notifications and are announced here
     * as {@link BreakingEventsCommitted}, so readers on every node get them within moments; after
     * a lost connection, a catch-up (id -1) makes the live streams read what they missed from the table.
     */
    BreakingEvents(JdbcClient jdbc, NodeNotifications notifications, ApplicationEventPublisher publisher, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.publisher = publisher;
        this.clock = clock;
        notifications.subscribe(
                TOPIC,
                new NodeNotifications.Subscriber(
                        payload -> publisher.publishEvent(new BreakingEventsCommitted(parseId(payload))),
                        () -> publisher.publishEvent(new BreakingEventsCommitted(-1))));
    }

    private static long parseId(String payload) {
        try {
            return Long.parseLong(payload);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The id of the newest committed event; 0 before the first. */
    public long latestId() {
        return jdbc.sql("select last_id from breaking_event_counter")
                .query(Long.class)
                .single();
    }

    /** Committed events with an id above {@code afterId}, oldest first, at most {@code limit}. */
    public List<BreakingEvent> after(long afterId, int limit) {
        return jdbc.sql("select id, kind, item_id, happened_at from breaking_event where id > ? order by id limit ?")
                .params(afterId, limit)
                .query((rs, row) -> new BreakingEvent(
                        rs.getLong("id"), rs.getString("kind"), rs.getLong("item_id"), Sql.instant(rs, "happened_at")))
                .list();
    }

    /**
     * Records a change inside the caller's transaction. Call it last in that transaction: the
     * counter's row lock taken here is held until commit, which is what keeps ids in commit order.
     */
    public BreakingEvent record(String kind, long itemId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("breaking events are written inside the change's transaction");
        }
        jdbc.sql("update breaking_event_counter set last_id = last_id + 1").update();
        long id = latestId();
        Instant now = clock.instant();
        jdbc.sql("insert into breaking_event (id, kind, item_id, happened_at) values (?, ?, ?, ?)")
                .params(id, kind, itemId, Sql.param(now))
                .update();
        // PostgreSQL delivers a NOTIFY only when (and if) the transaction commits.
        notifications.send(TOPIC, Long.toString(id));
        publisher.publishEvent(new BreakingEventsCommitted(id));
        return new BreakingEvent(id, kind, itemId, now);
    }

    /** Forgets events older than {@code before}; a reader that far behind gets the current state instead. */
    int prune(Instant before) {
        return jdbc.sql("delete from breaking_event where happened_at < ?")
                .param(Sql.param(before))
                .update();
    }
}
