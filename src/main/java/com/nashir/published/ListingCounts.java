package com.nashir.published;

import com.nashir.article.ArticleChanged;
import com.nashir.published.ArticleScope.Kind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published-article counts of sections, tags, authors and desks ({@code public_count}, V13),
 * kept as WordPress keeps its term counts: every {@link ArticleChanged} moves the counts of what
 * the article left and joined, inside the transaction that changed it (the row locks keep
 * concurrent publishes exact). {@link #recount()} computes them all again from the articles
 * (the {@code reindex} command runs it).
 */
@Component
public class ListingCounts {
    private final JdbcClient jdbc;

    ListingCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs inside the article's transaction (a synchronous listener). */
    @EventListener
    void onChanged(ArticleChanged change) {
        Map<Kind, Map<Long, Integer>> deltas = new EnumMap<>(Kind.class);
        add(deltas, change.before(), -1);
        add(deltas, change.after(), 1);
        deltas.forEach((kind, byId) -> byId.forEach((id, delta) -> {
            if (delta != 0) {
                jdbc.sql("update " + kind.table() + " set public_count = public_count + ? where id = ?")
                        .params(delta, id)
                        .update();
            }
        }));
    }

    private static void add(Map<Kind, Map<Long, Integer>> deltas, ArticleChanged.Facts f, int sign) {
        if (f == null || !f.isPublic()) {
            return;
        }
        deltas.computeIfAbsent(Kind.SECTION, k -> new HashMap<>()).merge(f.sectionId(), sign, Integer::sum);
        if (f.deskId() != null) {
            deltas.computeIfAbsent(Kind.DESK, k -> new HashMap<>()).merge(f.deskId(), sign, Integer::sum);
        }
        for (long t : f.tagIds()) {
            deltas.computeIfAbsent(Kind.TAG, k -> new HashMap<>()).merge(t, sign, Integer::sum);
        }
        for (long a : f.authorIds()) {
            deltas.computeIfAbsent(Kind.AUTHOR, k -> new HashMap<>()).merge(a, sign, Integer::sum);
        }
    }

    /** Every count computed again from the articles (after a restore or an import made outside Nashir). */
    public void recount() {
        for (Kind kind : List.of(Kind.SECTION, Kind.TAG, Kind.AUTHOR, Kind.DESK)) {
            jdbc.sql("update " + kind.table() + " set public_count = (select count(*) from "
                            + kind.articlesOf(kind.table() + ".id") + "and " + PublishedArticles.PUBLISHED + ")")
                    .update();
        }
    }

    /** The published articles of these sections, tags, authors or desks; absent ids count 0. */
    Map<Long, Long> of(Kind kind, Set<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, public_count from " + kind.table() + " where id in (:ids)")
                    .param("ids", ids)
                    .query(rs -> {
                        counts.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return counts;
    }

    /** Published articles of every section, tag, author or desk that has any. */
    Map<Long, Long> all(Kind kind) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select id, public_count from " + kind.table() + " where public_count > 0")
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }
}
