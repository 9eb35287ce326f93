package com.nashir.feed;

import com.nashir.article.PublishedArchive.DayCount;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the article sitemaps are cut: one file per UTC month of publication, split into parts of at
 * most {@code perFile} addresses (the sitemaps protocol allows 50,000) when a month has more.
 * Months without public articles have no file. Pure arithmetic, so it is tested without a database.
 */
final class SitemapPlan {
    /** The sitemaps protocol's limit of addresses in one file. */
    static final int MAX_URLS = 50_000;

    /**
     * One article sitemap: the articles published in [from, to), oldest first, {@code count} of them
     * from {@code offset}. {@code lastChange} is the month's latest change.
     */
    record ArticleFile(YearMonth month, int part, Instant from, Instant to, long offset, int count, Instant lastChange) {}

    private SitemapPlan() {}

    /** The files for these per-day counts (any order), oldest month first. */
    static List<ArticleFile> articles(List<DayCount> days, int perFile) {
        if (perFile < 1) {
            throw new IllegalArgumentException("perFile must be at least 1");
        }
        record Month(long count, Instant lastChange) {}
        Map<YearMonth, Month> months = new LinkedHashMap<>();
        days.stream().sorted((a, b) -> a.day().compareTo(b.day())).forEach(d -> months.merge(YearMonth.from(d.day()),
                new Month(d.count(), d.lastChange()),
                (a, b) -> new Month(a.count() + b.count(), later(a.lastChange(), b.lastChange()))));
        List<ArticleFile> files = new ArrayList<>();
        months.forEach((month, m) -> {
            Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            int parts = parts(m.count(), perFile);
            for (int p = 1; p <= parts; p++) {
                long offset = (long) (p - 1) * perFile;
                files.add(new ArticleFile(month, p, from, to, offset, (int) Math.min(perFile, m.count() - offset), m.lastChange()));
            }
        });
        return files;
    }

    /** How many files {@code total} addresses need, {@code perFile} at most in each. */
    static int parts(long total, int perFile) {
        return (int) ((total + perFile - 1) / perFile);
    }

    private static Instant later(Instant a, Instant b) {
        return b == null || (a != null && a.isAfter(b)) ? a : b;
    }
}
