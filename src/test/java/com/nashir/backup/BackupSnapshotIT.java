package com.nashir.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup taken while the site serves is one consistent snapshot: a row committed by another
 * connection in the middle of the backup (after the first table is written, before the table it
 * belongs to) is not in the archive, on H2 (SERIALIZABLE) as on PostgreSQL (REPEATABLE READ), and
 * the writer is not blocked by the backup. A site of its own (the shared test site holds media
 * rows whose files other test nodes keep).
 */
class BackupSnapshotIT {
    private static final int PORT = 19312;

    @TempDir
    Path temp;

    @Test
    void aRowCommittedDuringTheBackupIsNotInIt() throws Exception {
        SiteRun run = SiteRun.fresh(TestDatabase.engine(), temp);
        try (ConfigurableApplicationContext site = run.start(PORT, Clock.systemUTC(), false)) {
            JdbcClient jdbc = site.getBean(JdbcClient.class);
            insertTag(jdbc, "before-the-backup");
            Path file = temp.resolve("site.zip");
            long[] writerMillis = {-1};
            site.getBean(SiteBackup.class).write(file, (what, count) -> {
                if (what.equals("section")) {
                    long start = System.nanoTime();
                    insertTag(jdbc, "during-the-backup"); // autocommit, on another connection than the backup's
                    writerMillis[0] = (System.nanoTime() - start) / 1_000_000;
                }
            });
            assertThat(writerMillis[0]).as("the writer ran during the backup").isGreaterThanOrEqualTo(0);
            assertThat(jdbc.sql("select count(*) from tag where slug = 'during-the-backup'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                String tags = new String(
                        zip.getInputStream(zip.getEntry(Manifest.tableEntry("tag")))
                                .readAllBytes(),
                        StandardCharsets.UTF_8);
                assertThat(tags).contains("before-the-backup").doesNotContain("during-the-backup");
            }
        } finally {
            run.drop();
        }
    }

    private static void insertTag(JdbcClient jdbc, String slug) {
        jdbc.sql("insert into tag (slug, name, created_at) values (?, ?, ?)")
                .params(slug, "وسم " + slug, OffsetDateTime.now())
                .update();
    }
}
