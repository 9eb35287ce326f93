package com.nashir.breaking;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, hears the breaking events other nodes commit (LISTEN on {@link BreakingChannel})
 * and announces them here as {@link BreakingEventsCommitted}, so readers on every node get them
 * within moments, without polling. Uses a dedicated connection outside the pool (it is held for
 * as long as the node runs). When the connection breaks it reconnects, and after every (re)connect
 * it announces a catch-up, so events committed while it was deaf are read from the table.
 */
@Component
class BreakingNotificationListener implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(BreakingNotificationListener.class);
    /** How long one wait for notifications lasts; between waits the connection is checked. */
    static final int WAIT_MILLIS = 5_000;

    private final BreakingChannel channel;
    private final ApplicationEventPublisher publisher;
    private final Environment env;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    BreakingNotificationListener(BreakingChannel channel, ApplicationEventPublisher publisher, Environment env) {
        this.channel = channel;
        this.publisher = publisher;
        this.env = env;
    }

    @Override
    public synchronized void start() {
        if (running || channel.name().isEmpty()) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "breaking-listen");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        closeQuietly(connection);
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** True while a LISTEN connection is open (for tests and health checks). */
    boolean connected() {
        return connection != null;
    }

    private void listen() {
        String name = channel.name().orElseThrow();
        long backoff = 250;
        while (running) {
            try (Connection c = open(name)) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + name);
                }
                backoff = 250;
                // Whatever was committed while this node was not listening is in the table.
                publisher.publishEvent(new BreakingEventsCommitted(-1));
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
                    long latest = latest(received);
                    if (latest != Long.MIN_VALUE) {
                        publisher.publishEvent(new BreakingEventsCommitted(latest));
                    } else {
                        // A quiet link may be a dead one: a query finds out, and the catch-up above follows.
                        try (Statement s = c.createStatement()) {
                            s.execute("select 1");
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("breaking news: lost the PostgreSQL LISTEN connection ({}); reconnecting", e.getMessage());
                }
            } finally {
                connection = null;
            }
            if (running) {
                sleep(backoff);
                backoff = Math.min(backoff * 2, 5_000);
            }
        }
    }

    /** The connection is named after the channel, so an operator (or a test) can find it in pg_stat_activity. */
    private Connection open(String name) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", env.getProperty("spring.datasource.username", ""));
        props.setProperty("password", env.getProperty("spring.datasource.password", ""));
        props.setProperty("ApplicationName", name);
        props.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(env.getRequiredProperty("spring.datasource.url"), props);
    }

    private static long latest(PGNotification[] received) {
        long latest = Long.MIN_VALUE;
        if (received != null) {
            for (PGNotification n : received) {
                try {
                    latest = Math.max(latest, Long.parseLong(n.getParameter()));
                } catch (NumberFormatException e) {
                    latest = Math.max(latest, -1);
                }
            }
        }
        return latest;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing to wake the listener; nothing to do
            }
        }
    }
}
