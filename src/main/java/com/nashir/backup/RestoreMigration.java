package com.nashir.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * The database half of a restore, run where Flyway would migrate at start-up (so no other part of
 * the application touches the database before it): migrate the target to the schema version the
 * archive was written at, load the rows, then apply the newer migrations, which treat the
 * restored rows as they would treat any site's. A restore into a database at a newer schema than
 * the archive is refused: the data migrations between the two would be skipped.
 */
public final class RestoreMigration implements FlywayMigrationStrategy {
    private final Path archive;
    private final boolean force;
    private volatile RowLoader.Loaded loaded;

    public RestoreMigration(Path archive, boolean force) {
        this.archive = archive;
        this.force = force;
    }

    @Override
    public void migrate(Flyway flyway) {
        try (BackupArchive a = new BackupArchive(archive)) {
            MigrationVersion wanted = MigrationVersion.fromVersion(a.manifest().schemaVersion());
            MigrationVersion known = Arrays.stream(flyway.info().all())
                    .map(MigrationInfo::getVersion)
                    .filter(v -> v != null)
                    .max(MigrationVersion::compareTo)
                    .orElse(MigrationVersion.EMPTY);
            if (wanted.compareTo(known) > 0) {
                throw new RestoreRefused("the archive is at schema version " + wanted + ", newer than this Nashir ("
                        + known + "): restore it with the Nashir that wrote it or a newer one");
            }
            DataSource ds = flyway.getConfiguration().getDataSource();
            try (Connection c = ds.getConnection()) {
                MigrationVersion current = SchemaVersion.of(c);
                if (current.compareTo(wanted) > 0) {
                    throw new RestoreRefused("the target database is already at schema version " + current
                            + ", newer than the archive's " + wanted + ": restore into a new, empty database");
                }
            }
            Flyway.configure()
                    .configuration(flyway.getConfiguration())
                    .target(wanted.getVersion())
                    .load()
                    .migrate();
            try (Connection c = ds.getConnection()) {
                loaded = RowLoader.load(c, a, force);
            }
            flyway.migrate();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + archive + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("restore failed, nothing was kept: " + e.getMessage(), e);
        }
    }

    /** Rows per table, once {@link #migrate} has run. */
    public java.util.Map<String, Long> rows() {
        return loaded == null ? java.util.Map.of() : loaded.rows();
    }

    public long millis() {
        return loaded == null ? 0 : loaded.millis();
    }
}
