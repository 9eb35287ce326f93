package com.nashir.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup taken while the site serves is one consistent snapshot: a row committed by another
 * connection in the middle of the backup (after the first table is written, before the table it
 * belongs to) is not in the archive, on H2 (SERIALIZABLE) as on PostgreSQL (REPEATABLE READ), and
 * the writer is not blocked by the backup.
 */
@IntegrationTest
class BackupSnapshotIT {
    @Autowired
    SiteBackup backup;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path temp;

    @Test
    void aRowCommittedDuringTheBackupIsNotInIt() throws Exception {
        String before = "before-" + UUID.randomUUID().toString().substring(0, 8);
        String during = "during-" + UUID.randomUUID().toString().substring(0, 8);
        insertTag(before);
        Path file = temp.resolve("site.zip");
        long[] writerMillis = {-1};
        backup.write(file, (what, count) -> {
            if (what.equals("section")) {
                long start = System.nanoTime();
                insertTag(during); // autocommit, on another connection than the backup's
                writerMillis[0] = (System.nanoTime() - start) / 1_000_000;
            }
        });
        assertThat(writerMillis[0]).as("the writer ran during the backup").isGreaterThanOrEqualTo(0);
        assertThat(jdbc.sql("select count(*) from tag where slug = ?").param(during).query(Long.class).single()).isEqualTo(1);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String tags = new String(zip.getInputStream(zip.getEntry(Manifest.tableEntry("tag"))).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(tags).contains(before).doesNotContain(during);
        } finally {
            // Other tests share the site: the two tags (never on an article) go again.
            jdbc.sql("delete from tag where slug in (?, ?)").params(before, during).update();
        }
    }

    private void insertTag(String slug) {
        jdbc.sql("insert into tag (slug, name, created_at) values (?, ?, ?)")
                .params(slug, "وسم " + slug, OffsetDateTime.now()).update();
    }
}
