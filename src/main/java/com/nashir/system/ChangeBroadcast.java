package com.nashir.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the other nodes of every {@link ContentChange} this node commits, and tells this node of
 * theirs as a {@link RemoteContentChange}. The keys travel in a NOTIFY sent inside the change's
 * transaction, so they arrive exactly when (and only if) it commits; when the listening
 * connection was cut, everything may have been missed and every copy is treated as stale.
 */
@Component
class ChangeBroadcast {
    static final String TOPIC = "content";

    private final NodeNotifications notifications;

    ChangeBroadcast(NodeNotifications notifications, ApplicationEventPublisher publisher) {
        this.notifications = notifications;
        notifications.subscribe(
                TOPIC,
                new NodeNotifications.Subscriber(
                        payload -> publisher.publishEvent(
                                new RemoteContentChange(new HashSet<>(Arrays.asList(payload.split(" "))), false)),
                        () -> publisher.publishEvent(new RemoteContentChange(Set.of(), true))));
    }

    /** Runs inside the transaction that published the change (a synchronous listener). */
    @EventListener
    void send(ContentChange change) {
        if (!change.broadcast() || !notifications.enabled() || change.keys().isEmpty()) {
            return;
        }
        for (String payload : payloads(change.keys())) {
            notifications.send(TOPIC, payload);
        }
    }

    /** The keys separated by spaces, in as many payloads as PostgreSQL's size limit needs. */
    static List<String> payloads(Set<String> keys) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (String key : keys) {
            if (b.length() > 0
                    && b.length() + 1 + key.getBytes(StandardCharsets.UTF_8).length
                            > NodeNotifications.MAX_PAYLOAD_BYTES) {
                out.add(b.toString());
                b.setLength(0);
            }
            b.append(b.length() == 0 ? "" : " ").append(key);
        }
        if (b.length() > 0) {
            out.add(b.toString());
        }
        return out;
    }
}
