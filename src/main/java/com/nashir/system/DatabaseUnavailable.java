package com.nashir.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells a failure because the database cannot be reached (down, restarting, network cut, no
 * connection within the pool's timeout) from any other failure, so every audience can answer it
 * the same way: 503 with {@code Retry-After}, in Arabic, nothing written. Plain functions.
 */
public final class DatabaseUnavailable {
    /** Seconds a client is told to wait before trying again ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseUnavailable() {}

    /**
     * True when anything in the cause chain says the database is unreachable: Spring's resource
     * failure (which covers "cannot get a connection"), the JDBC connection exceptions, a refused
     * connection, or SQLSTATE class 08 (connection exception) or 57P (PostgreSQL shutting down).
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
