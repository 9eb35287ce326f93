package com.nashir.article;

/**
 * The orders the newsroom's article list offers: by last change or by publication, newest or
 * oldest first. Articles never published have no publication time and come last either way.
 */
public enum NewsroomOrder {
    MODIFIED_DESC("modified", "order by a.modified_at desc, a.id desc "),
    MODIFIED_ASC("modified-asc", "order by a.modified_at, a.id "),
    PUBLISHED_DESC("published", "order by a.published_at desc nulls last, a.id desc "),
    PUBLISHED_ASC("published-asc", "order by a.published_at nulls last, a.id ");

    private final String wire;
    private final String sql;

    NewsroomOrder(String wire, String sql) {
        this.wire = wire;
        this.sql = sql;
    }

    /** As the list's address spells it: {@code ?sort=published-asc}. */
    public String wire() {
        return wire;
    }

    String sql() {
        return sql;
    }

    /** True for the publication-time orders. */
    public boolean byPublication() {
        return this == PUBLISHED_DESC || this == PUBLISHED_ASC;
    }

    /** True for the oldest-first orders. */
    public boolean ascending() {
        return this == MODIFIED_ASC || this == PUBLISHED_ASC;
    }

    /** The order named {@code wire}, or null (the list's default) for anything else. */
    public static NewsroomOrder fromWire(String wire) {
        for (NewsroomOrder o : values()) {
            if (o.wire.equals(wire)) {
                return o;
            }
        }
        return null;
    }
}
