package com.nashir.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** The filters a search runs within; none of them changes scores. */
final class SearchFilters {
    private SearchFilters() {}

    /**
     * What the public may see: published, with a publication time that has come. The same rule
     * as {@code PublishedArticles}, applied inside the index; results are checked against the
     * database again before they are shown.
     */
    static BooleanQuery.Builder published(Instant now) {
        return new BooleanQuery.Builder()
                .add(new PublishedStatusQuery(), BooleanClause.Occur.FILTER)
                .add(publishedBetween(Long.MIN_VALUE, now.toEpochMilli()), BooleanClause.Occur.FILTER);
    }

    /** Adds the request's section, tag, author, desk and publication-date filters. */
    static Query withRequest(BooleanQuery.Builder b, SearchRequest r, ZoneId zone) {
        term(b, SearchFields.SECTION, r.section());
        term(b, SearchFields.TAG, r.tag());
        term(b, SearchFields.AUTHOR, r.author());
        term(b, SearchFields.DESK, r.desk());
        if (r.from() != null || r.to() != null) {
            long from = r.from() == null ? Long.MIN_VALUE : startOf(r.from(), zone);
            long to = r.to() == null ? Long.MAX_VALUE : startOf(r.to().plusDays(1), zone) - 1;
            b.add(publishedBetween(from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** The newsroom's list: any of {@code statuses}, optionally one section, one owner, one author and a modification range. */
    static Query newsroom(
            Collection<String> statuses, String section, Long ownerId, String authorSlug, Instant from, Instant to) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        b.add(
                new TermInSetQuery(
                        SearchFields.STATUS,
                        statuses.stream().map(BytesRef::new).toList()),
                BooleanClause.Occur.FILTER);
        term(b, SearchFields.SECTION, section);
        term(b, SearchFields.OWNER, ownerId == null ? null : ownerId.toString());
        term(b, SearchFields.AUTHOR, authorSlug == null ? null : authorSlug.strip());
        if (from != null || to != null) {
            b.add(
                    LongPoint.newRangeQuery(
                            SearchFields.MODIFIED,
                            from == null ? Long.MIN_VALUE : from.toEpochMilli(),
                            to == null ? Long.MAX_VALUE : to.toEpochMilli() - 1),
                    BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /**
     * Articles published from {@code from} to {@code to} (inclusive). The index keeps documents
     * newest first, so this is one run of document numbers, found by a binary search over the
     * publication times of each segment, not a walk over the points. (Documents without a time
     * sort after every time and are never in the range.)
     */
    static Query publishedBetween(long from, long to) {
        long lower = Math.max(from, Long.MIN_VALUE + 1);
        return new IndexSortSortedNumericDocValuesRangeQuery(
                SearchFields.PUBLISHED, lower, to, LongPoint.newRangeQuery(SearchFields.PUBLISHED, lower, to));
    }

    private static void term(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private static long startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
