package com.nashir.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.StringJoiner;

/**
 * Gives every public article of a generated archive that has no kept "اقرأ أيضاً" list a stand-in
 * list of eight articles spread over the whole archive, in one statement, so that the benchmark can
 * measure pages served from kept lists (a site's steady state) at a million articles without the
 * hours the {@code related} command takes there on two cores. The lists are not related by
 * meaning: they only cost a page what a real list costs (one row, eight cards from anywhere in the
 * archive). Their quality is measured elsewhere ({@code RelatedArticlesIT}).
 *
 * <pre>java … com.nashir.bench.StandInRelatedLists --url JDBC_URL [--user U] [--password P]</pre>
 */
public final class StandInRelatedLists {
    static final int LIST = 8;

    private StandInRelatedLists() {}

    /** The statement: list entry k of article a is ((a × 7919 + k × 104729) mod highest id) + 1. */
    static String statement(long highestId) {
        StringJoiner ids = new StringJoiner(" || ',' || ");
        for (int k = 1; k <= LIST; k++) {
            ids.add("cast(mod(a.id * 7919 + " + (k * 104_729L) + ", " + highestId + ") + 1 as varchar(20))");
        }
        return "insert into article_related (article_id, related_ids, computed_at) select a.id, " + ids
                + ", current_timestamp from article a where a.status = 'published' and not exists "
                + "(select 1 from article_related r where r.article_id = a.id)";
    }

    /**
     * The same on PostgreSQL: articles that have a list are skipped by the key, not by a subquery that the planner,
     * told by fresh statistics that the table is empty, ran as a scan of the growing table for every article (the
     * statement ran for minutes instead of seconds).
     */
    static String postgresStatement(long highestId) {
        String insert = statement(highestId);
        return insert.substring(0, insert.indexOf(" and not exists ")) + " on conflict (article_id) do nothing";
    }

    public static void main(String[] args) throws Exception {
        String url = null;
        String user = "sa";
        String password = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("--url is required");
        }
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            long highest;
            try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from article")) {
                rs.next();
                highest = rs.getLong(1);
            }
            if (highest == 0) {
                throw new IllegalStateException("no articles: generate the archive first");
            }
            if (url.startsWith("jdbc:postgresql:")) {
                // A freshly generated table has no visibility map and no statistics yet: the statement
                // then read the articles' rows one by one (over ten minutes at a million, once, after a
                // restart), against 13 s with them.
                s.execute("vacuum analyze article");
            }
            int rows = s.executeUpdate(
                    url.startsWith("jdbc:postgresql:") ? postgresStatement(highest) : statement(highest));
            System.err.printf(
                    "stand-in related lists for %,d articles in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
        }
    }
}
