package com.nashir.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;

/** The Flyway version a database is at, read from Flyway's history table (none before the first migration). */
final class SchemaVersion {
    private SchemaVersion() {}

    static MigrationVersion of(Connection c) throws SQLException {
        if (!SchemaTables.names(c).contains("flyway_schema_history")) {
            return MigrationVersion.EMPTY;
        }
        MigrationVersion newest = MigrationVersion.EMPTY;
        try (var st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "select version from flyway_schema_history where success and version is not null")) {
            while (rs.next()) {
                MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
                if (v.compareTo(newest) > 0) {
                    newest = v;
                }
            }
        }
        return newest;
    }
}
