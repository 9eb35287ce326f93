package com.nashir.audit;

import com.nashir.access.Actor;
import com.nashir.system.PageOf;
import com.nashir.system.Sql;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who did what and when: publishing, unpublishing, deleting, role changes, logins (failed ones
 * too). Entries are only ever added.
 */
@Service
public class AuditLog {
    /** One entry. {@code target} names the thing acted on, e.g. "article 42". */
    public record Entry(
            long id, Instant at, String actor, String action, String target, String detail, String address) {}

    /** Which entries to list: one action (e.g. "user.role") and/or one acting user; null means any. */
    public record Filter(String action, Long userId) {
        public static final Filter ALL = new Filter(null, null);
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(Actor actor, String action, String target, String detail) {
        jdbc.sql(
                        "insert into audit_event (at, actor_name, user_id, action, target, detail, address) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        Sql.param(clock.instant()),
                        cut(actor.name(), 200),
                        actor.userId(),
                        action,
                        cut(target, 300),
                        cut(detail, 2000),
                        cut(actor.address(), 100))
                .update();
    }

    public PageOf<Entry> page(int page, int size) {
        return page(Filter.ALL, page, size);
    }

    /** Newest first. */
    public PageOf<Entry> page(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" and action = ?");
            params.add(filter.action().strip());
        }
        if (filter.userId() != null) {
            where.append(" and user_id = ?");
            params.add(filter.userId());
        }
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add(PageOf.offset(page, size));
        List<Entry> items = jdbc.sql("select id, at, actor_name, action, target, detail, address from audit_event"
                        + where + " order by id desc limit ? offset ?")
                .params(paged)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        Sql.instant(rs, "at"),
                        rs.getString("actor_name"),
                        rs.getString("action"),
                        rs.getString("target"),
                        rs.getString("detail"),
                        rs.getString("address")))
                .list();
        long total = jdbc.sql("select count(*) from audit_event" + where)
                .params(params)
                .query(Long.class)
                .single();
        return new PageOf<>(items, Math.max(page, 1), size, total);
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max);
    }
}
