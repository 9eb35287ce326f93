package com.nashir.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Messages between the nodes of one site over PostgreSQL's LISTEN/NOTIFY: a feature sends on a
 * topic ("breaking", "content") inside its transaction, and PostgreSQL delivers to every node
 * listening, only if (and when) the transaction commits. On H2 there is one node and nothing to
 * send. One connection outside the pool listens for every topic as long as the node runs; when
 * it breaks it reconnects, and after every (re)connect each subscriber is told, since messages
 * sent meanwhile were lost.
 *
 * <p>NOTIFY is database-wide, so channels are named after the schema: nodes of another
 * installation in the same database stay deaf to them. The listening connection is named
 * {@code nashir_listen_<schema>} in {@code pg_stat_activity}.
 */
@Component
public class NodeNotifications implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(NodeNotifications.class);
    /** How long one wait for notifications lasts; between waits the connection is checked. */
    static final int WAIT_MILLIS = 5_000;
    /** PostgreSQL refuses NOTIFY payloads of 8,000 bytes and more. */
    public static final int MAX_PAYLOAD_BYTES = 7_900;

    /** What a subscriber hears: each message, and each (re)connect after which messages may have been missed. */
    public record Subscriber(Consumer<String> message, Runnable reconnected) {}

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Environment env;
    private final Map<String, Subscriber> byChannel = new ConcurrentHashMap<>();
    private volatile Optional<String> schema;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    NodeNotifications(DataSource dataSource, JdbcClient jdbc, Environment env) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.env = env;
    }

    /** True on PostgreSQL, where several nodes may share the database. */
    public boolean enabled() {
        return schema().isPresent();
    }

    /** Sends {@code payload} on {@code topic} within the current transaction (nothing on H2). */
    public void send(String topic, String payload) {
        channel(topic)
                .ifPresent(name -> jdbc.sql("select pg_notify(?, ?)")
                        .params(name, payload)
                        .query()
                        .singleRow());
    }

    /** Subscribes to a topic; call before the node starts (a constructor or @PostConstruct is the place). */
    public void subscribe(String topic, Subscriber subscriber) {
        channel(topic).ifPresent(name -> byChannel.put(name, subscriber));
    }

    /** The channel of a topic on this database: "nashir_" + topic + "_" + schema, or none on H2. */
    public Optional<String> channel(String topic) {
        return schema().map(s -> identifier("nashir_" + topic + "_" + s));
    }

    /** True while the listening connection is open (for tests and health checks). */
    public boolean connected() {
        return connection != null;
    }

    @Override
    public synchronized void start() {
        if (running || byChannel.isEmpty()) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "node-listen");
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

    private void listen() {
        long backoff = 250;
        while (running) {
            try (Connection c = open()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    for (String name : byChannel.keySet()) {
                        s.execute("LISTEN " + name);
                    }
                }
                backoff = 250;
                byChannel.values().forEach(sub -> safely(sub.reconnected()));
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        for (PGNotification n : received) {
                            Subscriber sub = byChannel.get(n.getName());
                            if (sub != null) {
                                safely(() -> sub.message().accept(n.getParameter()));
                            }
                        }
                    } else {
                        // A quiet link may be a dead one: a query finds out, and the reconnect above follows.
                        try (Statement s = c.createStatement()) {
                            s.execute("select 1");
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("lost the PostgreSQL LISTEN connection ({}); reconnecting", e.getMessage());
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

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.error("a subscriber failed on a notification", e);
        }
    }

    private Optional<String> schema() {
        Optional<String> s = schema;
        if (s == null) {
            s = isPostgres()
                    ? Optional.of(jdbc.sql("select current_schema()")
                            .query(String.class)
                            .single())
                    : Optional.empty();
            schema = s;
        }
        return s;
    }

    /** The listening connection; named so that an operator (or a test) finds it in pg_stat_activity. */
    private Connection open() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", env.getProperty("spring.datasource.username", ""));
        props.setProperty("password", env.getProperty("spring.datasource.password", ""));
        props.setProperty("ApplicationName", listenerName(schema().orElse("public")));
        props.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(env.getRequiredProperty("spring.datasource.url"), props);
    }

    /** The application name of a node's listening connection for this schema. */
    public static String listenerName(String schema) {
        return identifier("nashir_listen_" + schema);
    }

    /** Lower case, letters, digits and underscores, at most 63 characters (a LISTEN cannot take a parameter). */
    static String identifier(String s) {
        String id = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return id.length() > 63 ? id.substring(0, 63) : id;
    }

    private boolean isPostgres() {
        try (var c = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
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
