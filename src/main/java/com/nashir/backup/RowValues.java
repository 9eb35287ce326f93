package com.nashir.backup;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import tools.jackson.databind.JsonNode;

/**
 * Column values between JDBC and JSON, the same on H2 and PostgreSQL: numbers and booleans as
 * JSON numbers and booleans, text as strings, times as UTC instants ("2026-12-03T17:08:18.123456Z").
 * The migrations use only these types; any other stops the backup rather than being written wrong.
 */
final class RowValues {
    private RowValues() {}

    static Object read(ResultSet rs, int column, int sqlType) throws SQLException {
        Object value = switch (sqlType) {
            case Types.BIGINT -> rs.getLong(column);
            case Types.INTEGER, Types.SMALLINT -> rs.getInt(column);
            case Types.BOOLEAN, Types.BIT -> rs.getBoolean(column);
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.CLOB -> rs.getString(column);
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> {
                OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
                if (t == null) {
                    yield null;
                }
                yield t.toInstant().toString();
            }
            default ->
                throw new IllegalStateException("column type " + sqlType + " ("
                        + rs.getMetaData().getColumnTypeName(column) + ") of "
                        + rs.getMetaData().getColumnName(column)
                        + " has no archive form");
        };
        return rs.wasNull() ? null : value;
    }

    static void bind(PreparedStatement ps, int index, JsonNode value, int sqlType) throws SQLException {
        if (value == null || value.isNull()) {
            ps.setNull(index, sqlType);
            return;
        }
        switch (sqlType) {
            case Types.BIGINT -> ps.setLong(index, value.longValue());
            case Types.INTEGER, Types.SMALLINT -> ps.setInt(index, value.intValue());
            case Types.BOOLEAN, Types.BIT -> ps.setBoolean(index, value.booleanValue());
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP ->
                ps.setObject(index, OffsetDateTime.ofInstant(Instant.parse(value.stringValue()), ZoneOffset.UTC));
            default -> ps.setString(index, value.stringValue());
        }
    }
}
