package com.nashir.published;

import com.nashir.article.ArticleChanged;
import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import com.nashir.system.RemoteContentChange;
import com.nashir.system.Sql;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * How many public articles each UTC month holds and when the latest of them last changed: what
 * the sitemap index needs to name its monthly files. Each month is counted on its own (one range
 * of the publication index, so a month costs what it holds, never the archive) and kept here until
 * a change names it ({@link ContentKeys#month}); the months of a fresh node are counted once, on
 * first use.
 */
@Component
public class ArchiveMonths {
    /** One month: its public articles and the latest publication or substantive update among them. */
    public record Month(YearMonth month, long count, Instant lastChange) {
        public Instant from() {
            return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        }

        public Instant to() {
            return month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<YearMonth, Month> counted = new ConcurrentHashMap<>();
    /** When the oldest public article was published (empty: none); null until read. */
    private volatile java.util.Optional<Instant> first;

    ArchiveMonths(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The months that have public articles, oldest first. */
    public List<Month> all() {
        Instant first = first().orElse(null);
        List<Month> months = new ArrayList<>();
        if (first == null) {
            return months;
        }
        YearMonth last = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC));
        for (YearMonth m = YearMonth.from(first.atOffset(ZoneOffset.UTC)); !m.isAfter(last); m = m.plusMonths(1)) {
            Month counts = month(m);
            if (counts.count() > 0) {
                months.add(counts);
            }
        }
        return months;
    }

    /**
     * When the oldest public article was published. Read once and kept (H2 cannot read a
     * descending index backwards, so this is a walk of the publication index there) until a
     * change touches that month or an earlier one.
     */
    public java.util.Optional<Instant> first() {
        java.util.Optional<Instant> f = first;
        if (f == null) {
            f = java.util.Optional.ofNullable(
                    jdbc.sql("select min(a.published_at) from article a where " + PublishedArticles.PUBLIC)
                            .param("now", now())
                            .query((rs, n) -> Sql.instant(rs, 1))
                            .optional()
                            .orElse(null));
            first = f;
        }
        return f;
    }

    /** One month's counts (zero for a month without public articles). */
    public Month month(YearMonth month) {
        return counted.computeIfAbsent(month, this::count);
    }

    private Month count(YearMonth month) {
        Month range = new Month(month, 0, null);
        return jdbc.sql("select count(*) as n, max(a.published_at) as p, max(a.updated_at) as u from article a where "
                        + PublishedArticles.PUBLIC_BETWEEN)
                .param("from", Sql.param(range.from()))
                .param("until", Sql.param(PublishedArticles.until(range.to(), clock.instant())))
                .query((rs, n) -> new Month(month, rs.getLong("n"), later(Sql.instant(rs, "p"), Sql.instant(rs, "u"))))
                .single();
    }

    @Order(0)
    @TransactionalEventListener(fallbackExecution = true)
    void onChanged(ArticleChanged change) {
        forget(change);
    }

    @Order(0)
    @EventListener
    void onRemote(RemoteContentChange change) {
        if (change.everything()) {
            counted.clear();
            first = null;
        } else {
            forget(change);
        }
    }

    private void forget(ContentChange change) {
        java.util.Optional<Instant> f = first;
        YearMonth firstMonth =
                f == null || f.isEmpty() ? null : YearMonth.from(f.get().atOffset(ZoneOffset.UTC));
        for (String key : change.keys()) {
            YearMonth m = ContentKeys.monthOf(key);
            if (m != null) {
                counted.remove(m);
                if (firstMonth == null || !m.isAfter(firstMonth)) {
                    first = null;
                }
            }
        }
    }

    private static Instant later(Instant a, Instant b) {
        return b == null || (a != null && a.isAfter(b)) ? a : b;
    }

    private java.time.OffsetDateTime now() {
        return Sql.param(clock.instant());
    }
}
