package com.nashir.backup;

import com.nashir.NashirApplication;
import com.nashir.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * One whole Nashir in this JVM on a database of either engine, for tests that need two sites one
 * after the other on the same address (a backup's source, then its restored copy): the same port
 * and the same fixed clock make their pages comparable byte for byte.
 */
final class SiteRun {
    final String engine;
    final Path dataDir;
    final String schema;

    private SiteRun(String engine, Path dataDir, String schema) {
        this.engine = engine;
        this.dataDir = dataDir;
        this.schema = schema;
    }

    /** A new, empty database: a data directory (H2) or a new schema (PostgreSQL). */
    static SiteRun fresh(String engine, Path root) throws Exception {
        String name = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String schema = null;
        if ("postgres".equals(engine)) {
            schema = "backup_" + name;
            try (Connection c = DriverManager.getConnection(TestDatabase.PG_URL, TestDatabase.PG_USER, "")) {
                c.createStatement().execute("create schema " + schema);
            }
        }
        return new SiteRun(engine, java.nio.file.Files.createDirectories(root.resolve(engine + "-" + name)), schema);
    }

    /** The settings that point Nashir at this database and data directory, as command-line arguments. */
    List<String> settings() {
        return settings(TestDatabase.PG_URL);
    }

    /** The same, reaching PostgreSQL at another address of the same server (through a proxy). */
    List<String> settings(String pgUrl) {
        List<String> s = new ArrayList<>(
                List.of("--nashir.data-dir=" + dataDir, "--nashir.admin-token=" + TestDatabase.ADMIN_TOKEN));
        if (schema != null) {
            s.add("--spring.datasource.url=" + pgUrl + "?currentSchema=" + schema);
            s.add("--spring.datasource.username=" + TestDatabase.PG_USER);
            s.add("--spring.datasource.password=");
        }
        return s;
    }

    ConfigurableApplicationContext start(int port, Clock clock, boolean demo, String... more) {
        return start(settings(), port, clock, demo, more);
    }

    ConfigurableApplicationContext start(List<String> settings, int port, Clock clock, boolean demo, String... more) {
        // Arguments, not default properties: they must win over application.properties.
        List<String> args = new ArrayList<>(settings);
        args.addAll(List.of(more));
        args.addAll(List.of(
                "--server.port=" + port,
                "--nashir.demo=" + demo,
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                // Related articles searched whole, so both sites rank them the same on a busy machine.
                "--nashir.search.related-budget=30s",
                "--nashir.search.busy-load=2"));
        return new SpringApplicationBuilder(NashirApplication.class)
                .initializers(ctx -> ((GenericApplicationContext) ctx)
                        .registerBean("fixedClock", Clock.class, () -> clock, bd -> bd.setPrimary(true)))
                .run(args.toArray(String[]::new));
    }

    void drop() {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(TestDatabase.PG_URL, TestDatabase.PG_USER, "")) {
                c.createStatement().execute("drop schema " + schema + " cascade");
            } catch (Exception e) {
                // A leftover schema harms nobody: every run makes its own.
            }
        }
    }
}
