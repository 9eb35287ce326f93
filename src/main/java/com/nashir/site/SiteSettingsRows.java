package com.nashir.site;

import com.nashir.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The single site_setting row (id = 1). Portable SQL: no upsert, so insert and update are separate. */
@Repository
class SiteSettingsRows {
    private final JdbcClient jdbc;

    SiteSettingsRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SiteSettingsRow> find() {
        return jdbc.sql(
                        "select name, tagline, logo_media_id, time_zone, months, digits, hijri, comments_close_days, trust_returning_commenters, "
                                + "page_size, feed_content, comments_closed_notice, version, updated_at, updated_by from site_setting where id = 1")
                .query(SiteSettingsRows::map)
                .optional();
    }

    /** The first save. Fails with a duplicate key when another admin saved first. */
    void insert(SiteSettingsRow r) {
        jdbc.sql(
                        "insert into site_setting (id, name, tagline, logo_media_id, time_zone, months, digits, hijri, comments_close_days, "
                                + "trust_returning_commenters, page_size, feed_content, comments_closed_notice, version, updated_at, updated_by) values (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")
                .params(
                        r.name(),
                        r.tagline(),
                        r.logoMediaId(),
                        r.timeZone(),
                        r.months(),
                        r.digits(),
                        r.hijri(),
                        r.commentsCloseDays(),
                        r.trustReturningCommenters(),
                        r.pageSize(),
                        r.feedContent(),
                        r.commentsClosedNotice(),
                        Sql.param(r.updatedAt()),
                        r.updatedBy())
                .update();
    }

    /** A later save, only over the version it was based on; false when someone saved in between. */
    boolean update(SiteSettingsRow r, int basedOn) {
        return jdbc.sql(
                                "update site_setting set name = ?, tagline = ?, logo_media_id = ?, time_zone = ?, months = ?, digits = ?, "
                                        + "hijri = ?, comments_close_days = ?, trust_returning_commenters = ?, page_size = ?, feed_content = ?, comments_closed_notice = ?, version = version + 1, updated_at = ?, updated_by = ? "
                                        + "where id = 1 and version = ?")
                        .params(
                                r.name(),
                                r.tagline(),
                                r.logoMediaId(),
                                r.timeZone(),
                                r.months(),
                                r.digits(),
                                r.hijri(),
                                r.commentsCloseDays(),
                                r.trustReturningCommenters(),
                                r.pageSize(),
                                r.feedContent(),
                                r.commentsClosedNotice(),
                                Sql.param(r.updatedAt()),
                                r.updatedBy(),
                                basedOn)
                        .update()
                == 1;
    }

    private static SiteSettingsRow map(ResultSet rs, int n) throws SQLException {
        return new SiteSettingsRow(
                rs.getString("name"),
                rs.getString("tagline"),
                rs.getObject("logo_media_id", Long.class),
                rs.getString("time_zone"),
                rs.getString("months"),
                rs.getString("digits"),
                rs.getBoolean("hijri"),
                rs.getInt("comments_close_days"),
                rs.getBoolean("trust_returning_commenters"),
                rs.getInt("page_size"),
                rs.getString("feed_content"),
                rs.getString("comments_closed_notice"),
                rs.getInt("version"),
                Sql.instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }
}
