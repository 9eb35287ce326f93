package com.nashir;

import com.nashir.backup.MediaRestore;
import com.nashir.backup.RestoreMigration;
import com.nashir.backup.RestoreRefused;
import com.nashir.backup.SiteBackup;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code backup FILE [--force]} and {@code restore FILE [--force]} (docs/backup.md). A backup
 * runs beside a serving site; a restore loads into the database the configuration names, which
 * must be empty unless {@code --force} says to replace what is there.
 */
public final class BackupCommands {
    private BackupCommands() {}

    public static int backup(String[] args) {
        Options o = Options.of(args);
        if (o == null) {
            System.err.println("usage: backup FILE [--force]   (--force overwrites an existing FILE)");
            return 2;
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (Files.exists(o.file()) && !o.force()) {
            err.println(o.file() + " exists: choose another name, or add --force to overwrite it");
            return 1;
        }
        try (ConfigurableApplicationContext ctx = NashirApplication.commandContext(null, o.settings())) {
            var written = ctx.getBean(SiteBackup.class).write(o.file(), (what, n) -> err.printf(Locale.ROOT, "  %-24s %,d%n", what, n));
            long rows = written.manifest().tables().stream().mapToLong(t -> t.rows()).sum();
            System.out.printf(Locale.ROOT, "Backup written: %s, %,d rows in %d tables, %,d media files, %.1f MB, %.1f s (schema %s)%n",
                    o.file(), rows, written.manifest().tables().size(), written.manifest().media().files(),
                    written.archiveBytes() / 1e6, written.millis() / 1000.0, written.manifest().schemaVersion());
            return 0;
        } catch (RuntimeException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    public static int restore(String[] args) {
        Options o = Options.of(args);
        if (o == null || !Files.isRegularFile(o.file())) {
            System.err.println("usage: restore FILE [--force]   (--force replaces everything in a database that is not empty)");
            return 2;
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        long started = System.currentTimeMillis();
        RestoreMigration migration = new RestoreMigration(o.file(), o.force());
        try (ConfigurableApplicationContext ctx = NashirApplication.commandContext(migration, o.settings())) {
            long rows = migration.rows().values().stream().mapToLong(Long::longValue).sum();
            err.printf(Locale.ROOT, "Rows restored: %,d in %.1f s%n", rows, migration.millis() / 1000.0);
            long files = ctx.getBean(MediaRestore.class).copy(o.file());
            err.printf(Locale.ROOT, "Media files restored: %,d%n", files);
            var built = ctx.getBean(com.nashir.search.IndexBuilder.class).rebuild((done, total) -> {});
            System.out.printf(Locale.ROOT, "Restored %s: %,d rows, %,d media files, search index %,d articles, %.1f s%n",
                    o.file(), rows, files, built.documents(), (System.currentTimeMillis() - started) / 1000.0);
            return 0;
        } catch (Exception e) {
            err.println("Restore failed: " + reason(e));
            return 1;
        }
    }

    /** The refusal or the first cause, not Spring's start-up wrapping. */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RestoreRefused) {
                return t.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** The file, --force, and any {@code --name=value} setting, passed on as the site itself takes them. */
    private record Options(Path file, boolean force, String[] settings) {
        static Options of(String[] args) {
            Path file = null;
            boolean force = false;
            java.util.List<String> settings = new java.util.ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                if (args[i].equals("--force")) {
                    force = true;
                } else if (args[i].startsWith("--") && args[i].contains("=")) {
                    settings.add(args[i]);
                } else if (!args[i].startsWith("--") && file == null) {
                    file = Path.of(args[i]).toAbsolutePath();
                } else {
                    return null;
                }
            }
            return file == null ? null : new Options(file, force, settings.toArray(String[]::new));
        }
    }
}
