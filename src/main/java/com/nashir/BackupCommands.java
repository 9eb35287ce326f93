package com.nashir;

import com.nashir.backup.MediaRestore;
import com.nashir.backup.RestoreMigration;
import com.nashir.backup.RestoreRefused;
import com.nashir.backup.SiteBackup;
import com.nashir.search.IndexBuilder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code backup FILE [--force]} and {@code restore FILE [--force]} (docs/backup.md). A backup
 * runs beside a serving site; a restore loads into the database the configuration names, which
 * must be empty unless {@code --force} says to replace what is there. Both take the site's own
 * settings too ({@code --spring.datasource.url=…}), passed on as the site takes them.
 */
final class BackupCommands {
    private BackupCommands() {}

    /** What both commands take. */
    abstract static class Arguments {
        @ParentCommand
        Commands root;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "the archive (.zip)")
        Path file;

        @Unmatched
        List<String> unmatched = new ArrayList<>();

        /** The {@code --name=value} settings; anything else is a mistake worth saying. */
        List<String> settings() {
            for (String s : unmatched) {
                if (!s.startsWith("--") || !s.contains("=")) {
                    throw new CommandLine.ParameterException(
                            spec.commandLine(), "Unknown argument '" + s + "': a setting is written --name=value");
                }
            }
            return unmatched;
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }
    }

    @Command(
            name = "backup",
            description = {"Writes the whole site (rows and media) to one archive, while it serves."})
    static final class Backup extends Arguments implements Callable<Integer> {
        @Option(names = "--force", description = "overwrite FILE")
        boolean force;

        @Override
        public Integer call() {
            Path target = file.toAbsolutePath();
            List<String> settings = settings();
            if (Files.exists(target) && !force) {
                err().println(target + " exists: choose another name, or add --force to overwrite it");
                return 1;
            }
            try (ConfigurableApplicationContext ctx = root.contexts.open(null, settings)) {
                var written = ctx.getBean(SiteBackup.class)
                        .write(target, (what, n) -> err().printf(Locale.ROOT, "  %-24s %,d%n", what, n));
                long rows = written.manifest().tables().stream()
                        .mapToLong(t -> t.rows())
                        .sum();
                out().printf(
                                Locale.ROOT,
                                "Backup written: %s, %,d rows in %d tables, %,d media files, %.1f MB, %.1f s (schema %s)%n",
                                target,
                                rows,
                                written.manifest().tables().size(),
                                written.manifest().media().files(),
                                written.archiveBytes() / 1e6,
                                written.millis() / 1000.0,
                                written.manifest().schemaVersion());
                return 0;
            }
        }
    }

    @Command(
            name = "restore",
            description = {"Loads an archive into an empty database (either engine) and rebuilds the search index."})
    static final class Restore extends Arguments implements Callable<Integer> {
        @Option(names = "--force", description = "replace everything in a database that is not empty")
        boolean force;

        @Override
        public Integer call() {
            Path source = file.toAbsolutePath();
            List<String> settings = settings();
            if (!Files.isRegularFile(source)) {
                throw new CommandLine.ParameterException(spec.commandLine(), source + " is not a file");
            }
            long started = System.currentTimeMillis();
            RestoreMigration migration = new RestoreMigration(source, force);
            try (ConfigurableApplicationContext ctx = root.contexts.open(migration, settings)) {
                long rows = migration.rows().values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
                err().printf(Locale.ROOT, "Rows restored: %,d in %.1f s%n", rows, migration.millis() / 1000.0);
                long files = ctx.getBean(MediaRestore.class).copy(source);
                err().printf(Locale.ROOT, "Media files restored: %,d%n", files);
                var built = ctx.getBean(IndexBuilder.class).rebuild((done, total) -> {});
                out().printf(
                                Locale.ROOT,
                                "Restored %s: %,d rows, %,d media files, search index %,d articles, %.1f s%n",
                                source,
                                rows,
                                files,
                                built.documents(),
                                (System.currentTimeMillis() - started) / 1000.0);
                return 0;
            } catch (Exception e) {
                err().println("Restore failed: " + reason(e));
                return 1;
            }
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
}
