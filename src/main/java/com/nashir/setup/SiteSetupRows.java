package com.nashir.setup;

import com.nashir.system.Sql;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of {@code site_setup} (migration V35): the setup code and when the setup was completed. */
@Repository
class SiteSetupRows {
    /** The row as read: {@code code} is null before the first node made one and after the setup. */
    record State(String code, boolean completed) {}

    private final JdbcClient jdbc;

    SiteSetupRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    State read() {
        return jdbc.sql("select setup_code, completed_at from site_setup where id = 1")
                .query((rs, n) -> new State(rs.getString("setup_code"), rs.getObject("completed_at") != null))
                .single();
    }

    /**
     * The row, locked until the transaction ends: every path that creates a first admin takes
     * this lock first, so on any number of nodes they run one after the other.
     */
    State lock() {
        return jdbc.sql("select setup_code, completed_at from site_setup where id = 1 for update")
                .query((rs, n) -> new State(rs.getString("setup_code"), rs.getObject("completed_at") != null))
                .single();
    }

    boolean anyAccount() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0;
    }

    /** Stores {@code code} unless a code is already there (another node made it first) or the setup is done. */
    void offerCode(String code) {
        jdbc.sql("update site_setup set setup_code = ? where id = 1 and setup_code is null and completed_at is null")
                .param(code)
                .update();
    }

    /** The setup is done for good (first time kept): the code is forgotten, the page closes on every node. */
    void complete(Instant now) {
        jdbc.sql("update site_setup set setup_code = null, completed_at = coalesce(completed_at, ?) where id = 1")
                .param(Sql.param(now))
                .update();
    }
}
