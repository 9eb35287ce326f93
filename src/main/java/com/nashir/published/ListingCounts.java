package com.nashir.article;

import java.util.HashMap;
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
        Map<String, Map<Long, Integer>> deltas = new HashMap<>();
        add(deltas, change.before(), -1);
        add(deltas, change.after(), 1);
        deltas.forEach((table, byId) -> byId.forEach((id, delta) -> {
            if (delta != 0) {
                jdbc.sql("update " + table + " set public_count = public_count + ? where id = ?").params(delta, id).update();
            }
        }));
    }

    private static void add(Map<String, Map<Long, Integer>> deltas, ArticleChanged.Facts f, int sign) {
        if (f == null || !f.isPublic()) {
            return;
        }
        deltas.computeIfAbsent("section", k -> new HashMap<>()).merge(f.sectionId(), sign, Integer::sum);
        if (f.deskId() != null) {
            deltas.computeIfAbsent("desk", k -> new HashMap<>()).merge(f.deskId(), sign, Integer::sum);
        }
        for (long t : f.tagIds()) {
            deltas.computeIfAbsent("tag", k -> new HashMap<>()).merge(t, sign, Integer::sum);
        }
        for (long a : f.authorIds()) {
            deltas.computeIfAbsent("author", k -> new HashMap<>()).merge(a, sign, Integer::sum);
        }
    }

    /** Every count computed again from the articles (after a restore or an import made outside Nashir). */
    public void recount() {
        jdbc.sql("update section set public_count = (select count(*) from article a where a.section_id = section.id and a.status = 'published')")
                .update();
        jdbc.sql("update desk set public_count = (select count(*) from article a where a.desk_id = desk.id and a.status = 'published')").update();
        jdbc.sql("update tag set public_count = (select count(*) from article_tag x where x.tag_id = tag.id and x.public_at is not null)").update();
        jdbc.sql("update author set public_count = (select count(*) from article_author x where x.author_id = author.id "
                + "and x.public_at is not null)").update();
    }

    /** The published articles of these ids of one table ("section", "tag", "author", "desk"); absent ids count 0. */
    Map<Long, Long> of(String table, Set<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, public_count from " + table + " where id in (:ids)").param("ids", ids)
                    .query(rs -> {
                        counts.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return counts;
    }

    /** Published articles of every row of one table that has any. */
    Map<Long, Long> all(String table) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select id, public_count from " + table + " where public_count > 0").query(rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }
}
