package com.nashir.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.IntegrationTest;
import java.sql.Connection;
import java.util.SortedSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every table the migrations make is either in the backup or knowingly left out: a new table
 * fails this test until {@link BackupTables} says where it belongs.
 */
@IntegrationTest
class BackupTablesIT {
    @Autowired
    DataSource dataSource;

    @Test
    void everyTableIsBackedUpOrExcludedWithAReason() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            SortedSet<String> tables = SchemaTables.names(c);
            assertThat(tables)
                    .as("tables of the migrated schema")
                    .contains("article", "app_user", "flyway_schema_history");
            assertThat(tables.stream().filter(t -> !BackupTables.covers(t)))
                    .as("tables neither in BackupTables.INCLUDED nor in BackupTables.EXCLUDED")
                    .isEmpty();
            assertThat(BackupTables.INCLUDED)
                    .allSatisfy(
                            t -> assertThat(tables).as("backed-up table exists").contains(t.name()));
        }
    }
}
