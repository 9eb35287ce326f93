package com.nashir.backup;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An archive opened for a restore. The zip's central directory gives each entry directly, so the
 * manifest (written last) is read first and table files are read in the restore's order, one row
 * at a time.
 */
final class BackupArchive implements Closeable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ZipFile zip;
    private final Manifest manifest;

    BackupArchive(Path file) throws IOException {
        this.zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        ZipEntry entry = zip.getEntry(Manifest.ENTRY);
        if (entry == null) {
            zip.close();
            throw new RestoreRefused(
                    "no " + Manifest.ENTRY + " in " + file + ": not a Nashir backup, or an incomplete one");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            this.manifest = JSON.readValue(in, Manifest.class);
        }
        if (!Manifest.FORMAT.equals(manifest.format())) {
            zip.close();
            throw new RestoreRefused(file + " is not a Nashir backup (format " + manifest.format() + ")");
        }
        if (manifest.formatVersion() > Manifest.FORMAT_VERSION) {
            zip.close();
            throw new RestoreRefused("archive format " + manifest.formatVersion() + " is newer than this Nashir reads ("
                    + Manifest.FORMAT_VERSION + "): restore it with the Nashir that wrote it or a newer one");
        }
    }

    Manifest manifest() {
        return manifest;
    }

    /** Calls {@code row} with each row of the table, in the order they were written. */
    void eachRow(Manifest.TableFile table, Consumer<JsonNode> row) throws IOException {
        ZipEntry entry = zip.getEntry(table.entry());
        if (entry == null) {
            throw new RestoreRefused("the archive lists " + table.name() + " but holds no " + table.entry());
        }
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    row.accept(JSON.readTree(line));
                }
            }
        }
    }

    /** Each media file: its key and its bytes (one file in memory at a time). */
    void eachMediaFile(MediaFileConsumer consumer) throws IOException {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (!e.isDirectory() && e.getName().startsWith(Manifest.MEDIA_PREFIX)) {
                try (InputStream in = zip.getInputStream(e)) {
                    consumer.accept(e.getName().substring(Manifest.MEDIA_PREFIX.length()), in.readAllBytes());
                }
            }
        }
    }

    interface MediaFileConsumer {
        void accept(String key, byte[] data) throws IOException;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
