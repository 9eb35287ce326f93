package com.nashir;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the site, or runs a command against the configured database ({@link Commands}:
 * {@code create-admin}, {@code create-token}, {@code reindex}, {@code related},
 * {@code import-wordpress}, {@code backup}, {@code restore}; {@code help} lists them).
 */
@SpringBootApplication
public class NashirApplication {

    public static void main(String[] args) {
        // H2 interns every value it reads in a global cache, hashing each string (bodies included) on
        // every row read; on an archive far larger than memory that was a tenth of its time for an
        // uncached page, for nothing the JVM's own allocation does not do better (docs/performance.md).
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
        if (Commands.isCommand(args)) {
            System.exit(Commands.execute(args));
        }
        SpringApplication.run(NashirApplication.class, args);
    }

    /**
     * The application for a command: without the web server, the demo or the live search index
     * (which belongs to the running site), just storage and services. {@code migration}, when
     * given, migrates the database instead of Flyway's plain migrate (a restore); {@code settings}
     * are the command's {@code --name=value} settings.
     */
    static ConfigurableApplicationContext commandContext(FlywayMigrationStrategy migration, List<String> settings) {
        SpringApplication app = new SpringApplication(NashirApplication.class);
        if (migration != null) {
            app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("restoreMigration", migration));
        }
        app.setWebApplicationType(WebApplicationType.NONE);
        List<String> args = new ArrayList<>(settings);
        // Last, so they win: a command never loads the demo or opens the live index.
        args.addAll(List.of(
                "--nashir.demo=false",
                "--nashir.search.live=false",
                "--nashir.scheduled-work=false",
                "--logging.level.root=ERROR"));
        return app.run(args.toArray(String[]::new));
    }
}
