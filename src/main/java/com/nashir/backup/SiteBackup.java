package com.nashir.backup;

import com.nashir.media.MediaKeys;
import com.nashir.media.MediaStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a whole site to one archive (format in docs/backup.md) while the site keeps serving. All
 * rows are read in one read-only transaction whose snapshot no concurrent write changes
 * (REPEATABLE READ on PostgreSQL, SERIALIZABLE on H2: both read from one snapshot), through
 * forward-only cursors, and written to the zip one row at a time: memory does not grow with the
 * site. The archive is written beside its final name and moved there only when complete.
 */
@Component
public class SiteBackup {
    private static final int FETCH = 500;

    /** What a backup wrote. */
    public record Written(Manifest manifest, long archiveBytes, long millis) {}

    /** Told after each table and each hundred media files. */
    public interface Progress {
        void step(String what, long count);
    }

    private final DataSource dataSource;
    private final MediaStore media;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    SiteBackup(DataSource dataSource, MediaStore media, Clock clock) {
        this.dataSource = dataSource;
        this.media = media;
        this.clock = clock;
    }

    public Written write(Path target, Progress progress) {
        long started = System.currentTimeMillis();
        Path temp = target.toAbsolutePath().resolveSibling(target.getFileName() + ".part");
        try (Connection c = dataSource.getConnection()) {
            Manifest manifest;
            snapshot(c);
            try (OutputStream out = Files.newOutputStream(temp);
                    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                manifest = writeAll(c, zip, progress);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                c.setReadOnly(false);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Written(manifest, Files.size(target), System.currentTimeMillis() - started);
        } catch (SQLException e) {
            deleteQuietly(temp);
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("backup failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** One read-only transaction that sees the database as it was when it began, whatever commits meanwhile. */
    private static void snapshot(Connection c) throws SQLException {
        boolean postgres =
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        c.setAutoCommit(false);
        c.setTransactionIsolation(
                postgres ? Connection.TRANSACTION_REPEATABLE_READ : Connection.TRANSACTION_SERIALIZABLE);
        c.setReadOnly(true);
    }

    private Manifest writeAll(Connection c, ZipOutputStream zip, Progress progress) throws SQLException, IOException {
        String version = SchemaVersion.of(c).getVersion();
        List<String> uncovered = SchemaTables.names(c).stream()
                .filter(t -> !BackupTables.covers(t))
                .toList();
        if (!uncovered.isEmpty()) {
            throw new IllegalStateException("tables neither backed up nor excluded (see BackupTables): " + uncovered);
        }
        List<Manifest.TableFile> tables = new ArrayList<>();
        for (BackupTables.Table table : BackupTables.INCLUDED) {
            tables.add(writeTable(c, zip, table));
            progress.step(table.name(), tables.get(tables.size() - 1).rows());
        }
        Manifest.MediaFiles files = writeMedia(c, zip, progress);
        Manifest manifest = new Manifest(
                Manifest.FORMAT,
                Manifest.FORMAT_VERSION,
                version,
                clock.instant().toString(),
                c.getMetaData().getDatabaseProductName(),
                tables,
                files);
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        return manifest;
    }

    private Manifest.TableFile writeTable(Connection c, ZipOutputStream zip, BackupTables.Table table)
            throws SQLException, IOException {
        Map<String, Integer> columns = SchemaTables.columns(c, table.name());
        List<String> names = List.copyOf(columns.keySet());
        int[] types = columns.values().stream().mapToInt(Integer::intValue).toArray();
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry(Manifest.tableEntry(table.name())));
        // Not closed: closing the writer would close the zip.
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "select " + String.join(", ", names) + " from " + table.name() + " order by " + table.orderBy(),
                ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, Object> row = new LinkedHashMap<>();
                while (rs.next()) {
                    for (int i = 0; i < names.size(); i++) {
                        row.put(names.get(i), RowValues.read(rs, i + 1, types[i]));
                    }
                    out.write(json.writeValueAsString(row));
                    out.write('\n');
                    rows++;
                }
            }
        }
        out.flush();
        zip.closeEntry();
        return new Manifest.TableFile(table.name(), names, rows);
    }

    /** Every stored size of every media row in the snapshot; images are stored as they are (already compressed). */
    private Manifest.MediaFiles writeMedia(Connection c, ZipOutputStream zip, Progress progress)
            throws SQLException, IOException {
        long files = 0;
        long bytes = 0;
        zip.setLevel(Deflater.NO_COMPRESSION);
        try (PreparedStatement ps =
                c.prepareStatement("select m.storage_key, m.content_type, s.width from media_size s "
                        + "join media m on m.id = s.media_id order by s.media_id, s.width")) {
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = MediaKeys.storedFile(rs.getString(1), rs.getInt(3), rs.getString(2));
                    Resource file = media.get(key)
                            .orElseThrow(() -> new IllegalStateException("media file missing from the store: " + key));
                    zip.putNextEntry(new ZipEntry(Manifest.MEDIA_PREFIX + key));
                    try (InputStream in = file.getInputStream()) {
                        bytes += in.transferTo(zip);
                    }
                    zip.closeEntry();
                    if (++files % 100 == 0) {
                        progress.step("media", files);
                    }
                }
            }
        }
        progress.step("media", files);
        return new Manifest.MediaFiles(files, bytes);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A leftover ".part" file is never mistaken for an archive: it has no manifest.
        }
    }
}
