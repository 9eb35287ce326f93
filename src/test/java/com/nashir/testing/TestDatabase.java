package com.nashir.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Gives each test application context a fresh database on the engine named by the system
 * property {@code nashir.test.db}: "h2" (default: a file database in a new temp directory) or
 * "postgres" (a new schema in the database at {@link #PG_URL}, dropped when the context closes).
 * Nothing depends on what an earlier run left.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    public static final String PG_URL = System.getProperty(
            "nashir.test.pg-url",
            System.getenv().getOrDefault("NASHIR_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
    public static final String PG_USER = System.getenv().getOrDefault("NASHIR_TEST_PG_USER", "postgres");
    public static final String ADMIN_TOKEN = "test-admin-token-" + UUID.randomUUID();

    public static String engine() {
        return System.getProperty("nashir.test.db", "h2");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            Path dataDir = Files.createTempDirectory("nashir-test-");
            TestPropertyValues values = TestPropertyValues.of(
                    "nashir.data-dir=" + dataDir, "nashir.admin-token=" + ADMIN_TOKEN, "spring.main.banner-mode=off");
            if ("postgres".equals(engine())) {
                String schema =
                        "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
                    c.createStatement().execute("create schema " + schema);
                }
                values = values.and(
                        "spring.datasource.url=" + PG_URL + "?currentSchema=" + schema,
                        "spring.datasource.username=" + PG_USER,
                        "spring.datasource.password=");
                context.addApplicationListener(event -> {
                    if (event instanceof ContextClosedEvent) {
                        dropSchema(schema);
                    }
                });
            }
            values.applyTo(context);
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare the test database (" + engine() + ")", e);
        }
    }

    /** True when the PostgreSQL used by the tests answers. */
    public static boolean postgresReachable() {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void dropSchema(String schema) {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
            c.createStatement().execute("drop schema " + schema + " cascade");
        } catch (SQLException e) {
            // A leftover schema harms nobody: every run makes its own.
        }
    }
}
