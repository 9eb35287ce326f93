package com.nashir;

import com.nashir.user.ApiTokens;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the site, or runs a command against the configured database:
 * {@code java -jar nashir.jar create-token [name]} prints a new admin API token;
 * {@code reindex} rebuilds this node's search index from the database (also while the site runs);
 * {@code related} finds and keeps every public article's related articles from that index;
 * {@code backup FILE} and {@code restore FILE} write and load a whole site ({@link BackupCommands}).
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
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(command(args));
        }
        SpringApplication.run(NashirApplication.class, args);
    }

    private static int command(String[] args) {
        switch (args[0]) {
            case "create-token" -> {
                String name = args.length > 1 ? String.join(" ", Arrays.copyOfRange(args, 1, args.length)) : "cli";
                try (ConfigurableApplicationContext ctx = commandContext()) {
                    String token = ctx.getBean(ApiTokens.class).createSystemToken(name);
                    System.out.println(token);
                    System.err.println("New admin API token (shown once, stored hashed): use it as 'Authorization: Bearer <token>'");
                }
                return 0;
            }
            case "create-admin" -> {
                return createAdmin(args);
            }
            case "reindex" -> {
                return reindex();
            }
            case "related" -> {
                return related();
            }
            case "import-wordpress" -> {
                return importWordPress(args);
            }
            case "backup" -> {
                return BackupCommands.backup(args);
            }
            case "restore" -> {
                return BackupCommands.restore(args);
            }
            default -> {
                System.err.println("Unknown command: " + args[0]);
                System.err.println("Commands:\n  create-token [name]              print a new admin API token"
                        + "\n  create-admin USERNAME EMAIL [NAME] create an admin account; the password is read from"
                        + "\n                                   NASHIR_ADMIN_PASSWORD or the first line of standard input"
                        + "\n  reindex                          rebuild the search index from the database; a running site"
                        + "\n                                   keeps serving the old index and switches when it is done"
                        + "\n  related                          find and keep every public article's related articles"
                        + "\n                                   (\"اقرأ أيضاً\") from the search index, on every core"
                        + "\n  import-wordpress FILE [--uploads DIR] [--pages=section:SLUG|skip]"
                        + "\n                                   import a WordPress export (WXR); running it again updates"
                        + "\n  backup FILE [--force]            write the whole site (rows and media) to one archive, while"
                        + "\n                                   it serves; --force overwrites FILE (docs/backup.md)"
                        + "\n  restore FILE [--force]           load an archive into an empty database (either engine) and"
                        + "\n                                   rebuild the search index; --force replaces a site");
                return 2;
            }
        }
    }

    private static int createAdmin(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: create-admin USERNAME EMAIL [DISPLAY NAME]");
            return 2;
        }
        String password = System.getenv("NASHIR_ADMIN_PASSWORD");
        if (password == null) {
            var console = System.console();
            password = console != null ? new String(console.readPassword("Password: "))
                    : new java.util.Scanner(System.in, java.nio.charset.StandardCharsets.UTF_8).nextLine();
        }
        String name = args.length > 3 ? String.join(" ", Arrays.copyOfRange(args, 3, args.length)) : args[1];
        try (ConfigurableApplicationContext ctx = commandContext()) {
            var user = ctx.getBean(com.nashir.setup.SiteSetup.class)
                    .adminFromCommandLine(new com.nashir.user.UserService.NewUser(args[1], args[2], name, password, "admin", null));
            System.out.println("Created admin " + user.username() + " (id " + user.id() + ")");
            return 0;
        } catch (com.nashir.system.InvalidInputException e) {
            e.errors().forEach(err -> System.err.println(err.field() + ": " + err.message()));
            return 1;
        } catch (com.nashir.system.ConflictException e) {
            System.err.println(e.field() + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * Imports a WordPress export into the configured database (the site may be running on it:
     * embedded H2 is opened in its shared mode). Progress goes to standard error, the report to
     * standard output.
     */
    private static int importWordPress(String[] args) {
        String file = null;
        String uploads = null;
        String pages = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--uploads") && i + 1 < args.length) {
                uploads = args[++i];
            } else if (a.startsWith("--uploads=")) {
                uploads = a.substring("--uploads=".length());
            } else if (a.equals("--pages") && i + 1 < args.length) {
                pages = args[++i];
            } else if (a.startsWith("--pages=")) {
                pages = a.substring("--pages=".length());
            } else if (!a.startsWith("--") && file == null) {
                file = a;
            } else {
                file = null;
                break;
            }
        }
        if (file == null) {
            System.err.println("usage: import-wordpress FILE [--uploads DIR] [--pages=section:SLUG|skip]");
            return 2;
        }
        com.nashir.wpimport.ImportOptions options;
        try {
            options = com.nashir.wpimport.ImportOptions.of(uploads, pages);
        } catch (com.nashir.system.InvalidInputException e) {
            e.errors().forEach(err -> System.err.println(err.field() + ": " + err.message()));
            return 2;
        }
        java.nio.file.Path path = java.nio.file.Path.of(file).toAbsolutePath();
        // The report is Arabic: UTF-8 whatever the terminal's locale says.
        var out = new java.io.PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        var err = new java.io.PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext ctx = commandContext()) {
            ImportConsole progress = new ImportConsole(err);
            try {
                var report = ctx.getBean(com.nashir.wpimport.WordPressImport.class)
                        .run(path, options, com.nashir.access.Actor.system("import-wordpress"), progress);
                progress.end();
                report.lines().forEach(out::println);
                return 0;
            } catch (com.nashir.wpimport.WxrException e) {
                progress.end();
                err.println(e.getMessage());
                return 1;
            } catch (com.nashir.system.InvalidInputException e) {
                progress.end();
                e.errors().forEach(x -> err.println(x.field() + ": " + x.message()));
                return 1;
            }
        }
    }

    /**
     * Builds a new index generation beside the one being served (same data directory) and makes
     * it current; a running node notices within a second, switches, and replays the change feed
     * from where the build began.
     */
    private static int reindex() {
        try (ConfigurableApplicationContext ctx = commandContext()) {
            System.err.println("Rebuilding the search index from the database...");
            var built = ctx.getBean(com.nashir.search.IndexBuilder.class).rebuild(new ConsoleProgress(System.err), Runtime.getRuntime().availableProcessors());
            System.out.printf(java.util.Locale.ROOT, "Search index rebuilt: %d articles, %.1f MB, %.1f s (generation %s)%n",
                    built.documents(), built.bytes() / 1e6, built.millis() / 1000.0, built.generation());
            return 0;
        }
    }

    /**
     * Finds the related articles ("اقرأ أيضاً") of every public article and keeps them, on every
     * core, from the current search index (also while the site runs).
     */
    private static int related() {
        try (ConfigurableApplicationContext ctx = commandContext()) {
            System.err.println("Finding the related articles of every public article...");
            var filled = ctx.getBean(com.nashir.search.RelatedFill.class).fillAll(new ConsoleProgress(System.err),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(java.util.Locale.ROOT, "Related articles kept for %d articles in %.1f s%n", filled.articles(), filled.millis() / 1000.0);
            return 0;
        }
    }

    /**
     * The application without the web server, the demo or the live search index (which belongs
     * to the running site): just storage and services.
     */
    private static ConfigurableApplicationContext commandContext() {
        return commandContext(null);
    }

    /** The same, with the database migrated by {@code migration} instead of Flyway's plain migrate (a restore). */
    static ConfigurableApplicationContext commandContext(org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy migration,
            String... settings) {
        SpringApplication app = new SpringApplication(NashirApplication.class);
        if (migration != null) {
            app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("restoreMigration", migration));
        }
        app.setWebApplicationType(WebApplicationType.NONE);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(settings));
        // Last, so they win: a command never loads the demo or opens the live index.
        args.addAll(java.util.List.of("--nashir.demo=false", "--nashir.search.live=false", "--nashir.scheduled-work=false",
                "--logging.level.root=ERROR"));
        return app.run(args.toArray(String[]::new));
    }
}
