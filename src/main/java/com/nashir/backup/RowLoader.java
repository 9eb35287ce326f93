package com.nashir.backup;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Inserts an archive's rows into a migrated database in one transaction (all or nothing), in
 * batches, tables in dependency order; then moves every identity generator past the restored ids
 * (the same statement on both engines), so the next article gets the next id.
 */
final class RowLoader {
    private static final int BATCH = 500;

    /** How many rows went into each table. */
    record Loaded(Map<String, Long> rows, long millis) {}

    private RowLoader() {}

    static Loaded load(Connection c, BackupArchive archive, boolean force) throws SQLException, IOException {
        long started = System.currentTimeMillis();
        var present = SchemaTables.names(c);
        refuseUnlessEmpty(c, present, force);
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        try {
            clear(c, present);
            for (BackupTables.Table table : BackupTables.INCLUDED) {
                Manifest.TableFile file = archive.manifest().table(table.name());
                if (file != null) {
                    counts.put(table.name(), insert(c, archive, file));
                }
            }
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        // After the commit: on H2 a schema change ends the transaction it runs in.
        for (BackupTables.Table table : BackupTables.INCLUDED) {
            if (table.identity() && present.contains(table.name())) {
                restartIdentity(c, table.name());
            }
        }
        return new Loaded(counts, System.currentTimeMillis() - started);
    }

    /** Empty means: no table holds a row, apart from the rows the migrations themselves insert. */
    private static void refuseUnlessEmpty(Connection c, java.util.Set<String> present, boolean force)
            throws SQLException {
        if (force) {
            return;
        }
        List<String> holding = new ArrayList<>();
        for (BackupTables.Table t : BackupTables.INCLUDED) {
            if (!t.seeded() && present.contains(t.name()) && SchemaTables.hasRows(c, t.name())) {
                holding.add(t.name());
            }
        }
        if (!holding.isEmpty()) {
            throw new RestoreRefused("the target database is not empty (rows in " + String.join(", ", holding)
                    + "): restore into an empty database, or add --force to replace everything in it");
        }
    }

    /** Deletes what is there (the migrations' own rows, or a whole site with --force), children first. */
    private static void clear(Connection c, java.util.Set<String> present) throws SQLException {
        List<BackupTables.Table> reversed = new ArrayList<>(BackupTables.INCLUDED);
        Collections.reverse(reversed);
        try (var st = c.createStatement()) {
            for (String name : BackupTables.EXCLUDED.keySet()) {
                if (BackupTables.isTransient(name) && present.contains(name)) {
                    st.executeUpdate("delete from " + name);
                }
            }
            for (BackupTables.Table t : reversed) {
                if (present.contains(t.name())) {
                    st.executeUpdate("delete from " + t.name());
                }
            }
        }
    }

    private static long insert(Connection c, BackupArchive archive, Manifest.TableFile file)
            throws SQLException, IOException {
        Map<String, Integer> target = SchemaTables.columns(c, file.name());
        List<String> columns = file.columns();
        for (String col : columns) {
            if (!target.containsKey(col)) {
                throw new RestoreRefused(
                        "the archive's " + file.name() + "." + col + " has no column in this database");
            }
        }
        int[] types = columns.stream().mapToInt(target::get).toArray();
        String sql = "insert into " + file.name() + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        long[] rows = {0};
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            archive.eachRow(file, row -> {
                try {
                    for (int i = 0; i < columns.size(); i++) {
                        RowValues.bind(ps, i + 1, row.get(columns.get(i)), types[i]);
                    }
                    ps.addBatch();
                    if (++rows[0] % BATCH == 0) {
                        ps.executeBatch();
                    }
                } catch (SQLException e) {
                    throw new UncheckedSql(e);
                }
            });
            ps.executeBatch();
        } catch (UncheckedSql e) {
            throw e.getCause();
        }
        if (rows[0] != file.rows()) {
            throw new RestoreRefused(file.entry() + " holds " + rows[0] + " rows, the manifest says " + file.rows());
        }
        return rows[0];
    }

    private static void restartIdentity(Connection c, String table) throws SQLException {
        long next;
        try (var st = c.createStatement();
                var rs = st.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rs.next();
            next = rs.getLong(1);
        }
        try (var st = c.createStatement()) {
            st.execute("alter table " + table + " alter column id restart with " + next);
        }
    }

    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException e) {
            super(e);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
