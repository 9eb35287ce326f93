package com.nashir.web;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A public page that is rendered (a page-cache miss, a search, the WordPress API) takes one
 * connection from the pool for all its statements, instead of borrowing and returning one per
 * statement: under load, each return is a hand-over between threads that costs more than the
 * statement itself. Spring's JDBC code finds the connection bound to the thread; a transaction
 * opened meanwhile runs on it too and leaves it as it found it.
 *
 * <p>Pages wait for their turn here, first come first served, so that no more of them render at
 * once than the pool has connections to spare ({@link #renders}): with 32 readers' requests on
 * 10 connections, the pool's own hand-over (threads yielding and parking in turn until one takes
 * the connection another returns) cost as much as the pages themselves (measured: one article
 * rendered for 32 connections, 1,085 pages a second without this queue, 2,104 with it; the long
 * tail twice as fast: docs/performance.md). The rest of the pool stays for the newsroom, the APIs
 * and the scheduled work.
 */
class OneConnectionPerPage extends OncePerRequestFilter {
    /** Connections of the pool left to everything that is not a public page. */
    static final int KEPT_FOR_THE_REST = 2;

    private final DataSource dataSource;
    private final Semaphore turns;
    private final long waitMillis;

    OneConnectionPerPage(DataSource dataSource) {
        this.dataSource = dataSource;
        HikariDataSource pool = dataSource instanceof HikariDataSource h ? h : null;
        this.turns = new Semaphore(renders(pool == null ? 10 : pool.getMaximumPoolSize()), true);
        this.waitMillis = pool == null ? 3_000 : pool.getConnectionTimeout();
    }

    /** How many pages may render at once on a pool of {@code poolSize}. */
    static int renders(int poolSize) {
        return Math.max(1, poolSize - KEPT_FOR_THE_REST);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CachedPageWriter.isPublicPage(request) && !CachedPageWriter.isWordPressApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (TransactionSynchronizationManager.hasResource(dataSource)) {
            chain.doFilter(request, response);
            return;
        }
        boolean turn;
        try {
            turn = turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        Connection connection = null;
        try {
            if (turn) {
                connection = dataSource.getConnection();
            }
        } catch (SQLException e) {
            // No connection to be had (the database is away): the page renders as it would without this filter.
        }
        try {
            if (connection == null) {
                chain.doFilter(request, response);
                return;
            }
            TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(connection));
            try {
                chain.doFilter(request, response);
            } finally {
                TransactionSynchronizationManager.unbindResource(dataSource);
                try {
                    connection.close();
                } catch (SQLException e) {
                    // returned to the pool either way
                }
            }
        } finally {
            if (turn) {
                turns.release();
            }
        }
    }
}
