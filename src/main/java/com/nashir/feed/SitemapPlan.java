package com.nashir.feed;

import com.nashir.published.ArchiveMonths.Month;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How the article sitemaps are cut: one file per UTC month of publication, split into parts of at
 * most {@code perFile} addresses (the sitemaps protocol allows 50,000) when a month has more.
 * Months without public articles have no file. Pure arithmetic, so it is tested without a database.
 */
final class SitemapPlan {
    /** The sitemaps protocol's limit of addresses in one file. */
    static final int MAX_URLS = 50_000;

    /**
     * Addresses in one article sitemap: far below the protocol's limit, as Yoast (1,000) and
     * WordPress itself (2,000) cut theirs, so that a file costs a few milliseconds to render
     * however busy its month was (a month of a million-article archive holds about 7,000: 35 ms
     * as one file on PostgreSQL), and a crawler re-reads only the part that changed.
     */
    static final int ARTICLES_PER_FILE = 1_000;

    /**
     * One article sitemap: the articles published in [from, to), oldest first, {@code count} of them
     * from {@code offset}. {@code lastChange} is the month's latest change.
     */
    record ArticleFile(
            YearMonth month, int part, Instant from, Instant to, long offset, int count, Instant lastChange) {}

    private SitemapPlan() {}

    /** The files for these months (any order), oldest month first. */
    static List<ArticleFile> articles(List<Month> months, int perFile) {
        if (perFile < 1) {
            throw new IllegalArgumentException("perFile must be at least 1");
        }
        List<ArticleFile> files = new ArrayList<>();
        months.stream().sorted((a, b) -> a.month().compareTo(b.month())).forEach(m -> {
            int parts = parts(m.count(), perFile);
            for (int p = 1; p <= parts; p++) {
                long offset = (long) (p - 1) * perFile;
                files.add(new ArticleFile(
                        m.month(),
                        p,
                        m.from(),
                        m.to(),
                        offset,
                        (int) Math.min(perFile, m.count() - offset),
                        m.lastChange()));
            }
        });
        return files;
    }

    /** How many files {@code total} addresses need, {@code perFile} at most in each. */
    static int parts(long total, int perFile) {
        return (int) ((total + perFile - 1) / perFile);
    }
}
