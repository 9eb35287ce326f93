package com.nashir.backup;

import java.util.List;

/**
 * {@code manifest.json}, the last entry of an archive (an archive without it is incomplete and is
 * refused): what wrote it, at which schema version, and what each table file holds.
 *
 * @param format always {@value #FORMAT}
 * @param formatVersion the layout of the archive ({@value #FORMAT_VERSION}); a restore refuses a newer one
 * @param schemaVersion the Flyway version of the database the rows were read from
 */
public record Manifest(
        String format,
        int formatVersion,
        String schemaVersion,
        String createdAt,
        String engine,
        List<TableFile> tables,
        MediaFiles media) {
    public static final String FORMAT = "nashir-backup";
    public static final int FORMAT_VERSION = 1;
    public static final String ENTRY = "manifest.json";

    /** {@code tables/<name>.jsonl}: one JSON object per row, keys in {@code columns} order. */
    public record TableFile(String name, List<String> columns, long rows) {
        public String entry() {
            return tableEntry(name);
        }
    }

    /** {@code media/<key>}: every stored file of every media item. */
    public record MediaFiles(long files, long bytes) {}

    static String tableEntry(String table) {
        return "tables/" + table + ".jsonl";
    }

    static final String MEDIA_PREFIX = "media/";

    TableFile table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}
