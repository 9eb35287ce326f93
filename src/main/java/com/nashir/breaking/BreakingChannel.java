package com.nashir.breaking;

import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The PostgreSQL LISTEN/NOTIFY channel that carries breaking events between nodes, or none on
 * H2 (one embedded node: events stay in-process). NOTIFY is database-wide, so the channel is
 * named after the schema: nodes of another installation in the same database stay deaf to it.
 */
@Component
class BreakingChannel {
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private volatile Optional<String> name;

    BreakingChannel(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** The channel name on PostgreSQL; empty on any other database. */
    Optional<String> name() {
        Optional<String> n = name;
        if (n == null) {
            n = isPostgres() ? Optional.of(channelFor(jdbc.sql("select current_schema()").query(String.class).single())) : Optional.empty();
            name = n;
        }
        return n;
    }

    /** "nashir_breaking_" and the schema, reduced to a plain identifier (a LISTEN cannot take a parameter). */
    static String channelFor(String schema) {
        String s = (schema == null ? "public" : schema).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String full = "nashir_breaking_" + s;
        return full.length() > 63 ? full.substring(0, 63) : full;
    }

    private boolean isPostgres() {
        try (var c = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }
}
