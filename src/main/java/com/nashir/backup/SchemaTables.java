package com.nashir.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** What the connected schema holds: its tables, and each table's columns with their JDBC types. */
final class SchemaTables {
    private SchemaTables() {}

    /** The tables of the connection's current schema, lower-case (both engines fold names that way here). */
    static SortedSet<String> names(Connection c) throws SQLException {
        SortedSet<String> names = new TreeSet<>();
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** Column name → JDBC type, in table order. */
    static Map<String, Integer> columns(Connection c, String table) throws SQLException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        try (var st = c.createStatement();
                ResultSet rs = st.executeQuery("select * from " + table + " where 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.put(md.getColumnName(i).toLowerCase(Locale.ROOT), md.getColumnType(i));
            }
        }
        return columns;
    }

    static boolean hasRows(Connection c, String table) throws SQLException {
        try (var st = c.createStatement();
                ResultSet rs = st.executeQuery("select 1 from " + table + " fetch first 1 rows only")) {
            return rs.next();
        }
    }
}
