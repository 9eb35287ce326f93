package com.nashir.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
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
 */
class OneConnectionPerPage extends OncePerRequestFilter {
    private final DataSource dataSource;

    OneConnectionPerPage(DataSource dataSource) {
        this.dataSource = dataSource;
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
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            // No connection to be had (the database is away): the page renders as it would without this filter.
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
    }
}
