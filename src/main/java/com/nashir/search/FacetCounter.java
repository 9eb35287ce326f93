package com.nashir.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts matches by section, year, tag and author (read from {@link SegmentFacets}' arrays), and the total number of
 * matches on the way.
 *
 * <p>Searches count what {@link NewestMatches} kept: every match up to {@link #BOUND}, else the newest
 * {@code BOUND}, and the total is then "more than BOUND", never a guess. As a {@link CollectorManager} it counts
 * every match (the path before the bound, kept for the benchmark).
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounter.Counts> {
    static final int MAX_TAGS = 15;
    static final int MAX_AUTHORS = 15;
    static final int MAX_SECTIONS = 50;
    /** How many matches a search counts at most: all of them up to this many, else the newest this many. */
    static final int BOUND = 10_000;
    /** Years counted in an array from this one on (earlier or much later ones in a map). */
    private static final int FIRST_YEAR = 1900;

    private static final int YEARS = 300;

    /**
     * Counts by section, year, tag and author: sections, tags and authors by their number in the index version
     * ({@link FacetOrdinals}), named only for the values shown ({@link #facets}).
     */
    static final class Counts implements Collector {
        final FacetOrdinals ordinals;
        final long[] sections;
        final long[] tags;
        final long[] authors;
        final long[] yearCounts = new long[YEARS];
        final Map<Integer, Long> otherYears = new HashMap<>();
        long total;

        Counts(FacetOrdinals ordinals) {
            this.ordinals = ordinals;
            this.sections = new long[ordinals.sectionCount()];
            this.tags = new long[ordinals.tagCount()];
            this.authors = new long[ordinals.authorCount()];
        }

        /** Counts the given documents of one segment (ascending), as {@link #getLeafCollector} would collect them. */
        void count(LeafReaderContext ctx, int[] docs, int from, int to) throws IOException {
            LeafCollector leaf = getLeafCollector(ctx);
            for (int i = from; i < to; i++) {
                leaf.collect(docs[i]);
            }
        }

        /** Adds another collector's counts of the same index version (the unbounded pass's slices). */
        void add(Counts other) {
            total += other.total;
            for (int i = 0; i < sections.length; i++) {
                sections[i] += other.sections[i];
            }
            for (int i = 0; i < tags.length; i++) {
                tags[i] += other.tags[i];
            }
            for (int i = 0; i < authors.length; i++) {
                authors[i] += other.authors[i];
            }
            for (int i = 0; i < YEARS; i++) {
                yearCounts[i] += other.yearCounts[i];
            }
            other.otherYears.forEach((k, v) -> otherYears.merge(k, v, Long::sum));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
            SegmentFacets values = SegmentFacets.of(ctx.reader());
            int[] sectionOrdinal = ordinals.sectionsOf(ctx);
            int[] tagOrdinal = ordinals.tagsOf(ctx);
            int[] authorOrdinal = ordinals.authorsOf(ctx);
            SegmentFacets.Many tagsOf = values.tags();
            SegmentFacets.Many authorsOf = values.authors();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    total++;
                    int section = values.section(doc);
                    if (section != SegmentFacets.NONE) {
                        sections[sectionOrdinal[section]]++;
                    }
                    for (int i = tagsOf.first(doc), end = tagsOf.end(doc); i < end; i++) {
                        tags[tagOrdinal[tagsOf.value(i)]]++;
                    }
                    for (int i = authorsOf.first(doc), end = authorsOf.end(doc); i < end; i++) {
                        authors[authorOrdinal[authorsOf.value(i)]]++;
                    }
                    int year = values.year(doc);
                    if (year != SegmentFacets.NONE) {
                        int y = year - FIRST_YEAR;
                        if (y >= 0 && y < YEARS) {
                            yearCounts[y]++;
                        } else {
                            otherYears.merge(year, 1L, Long::sum);
                        }
                    }
                }
            };
        }

        Map<Integer, Long> years() {
            Map<Integer, Long> years = new HashMap<>(otherYears);
            for (int y = 0; y < YEARS; y++) {
                if (yearCounts[y] > 0) {
                    years.merge(FIRST_YEAR + y, yearCounts[y], Long::sum);
                }
            }
            return years;
        }
    }

    private final FacetOrdinals ordinals;

    /** The unbounded pass over {@code reader}'s version (every match counted). */
    FacetCounter(IndexReader reader) throws IOException {
        this.ordinals = FacetOrdinals.of(reader);
    }

    @Override
    public Counts newCollector() {
        return new Counts(ordinals);
    }

    @Override
    public Counts reduce(Collection<Counts> collectors) {
        Counts all = new Counts(ordinals);
        collectors.forEach(all::add);
        return all;
    }

    /**
     * The facets to show and the number of matches they were counted over: every match when
     * {@code exact}; otherwise the newest {@code total} matches, and more than {@code total} match. {@code since} is
     * the publication time of the oldest match counted ({@link Long#MIN_VALUE} when every match was): the page is
     * ranked among the matches from then on.
     */
    record Counted(SearchResults.Facets facets, long total, boolean exact, long since) {
        static final Counted NONE = new Counted(SearchResults.Facets.NONE, 0, true, Long.MIN_VALUE);

        Counted(SearchResults.Facets facets, long total) {
            this(facets, total, true, Long.MIN_VALUE);
        }
    }

    /** Every match counted (the unbounded pass). */
    static Counted counted(Counts counts) throws IOException {
        return new Counted(facets(counts, false), counts.total);
    }

    static SearchResults.Facets facets(Counts counts, boolean newestOnly) throws IOException {
        List<SearchResults.FacetValue> years = new ArrayList<>();
        counts.years().forEach((y, n) -> years.add(new SearchResults.FacetValue(y.toString(), y.toString(), n)));
        years.sort(Comparator.comparing(SearchResults.FacetValue::key).reversed());
        List<SearchResults.FacetValue> sections = new ArrayList<>();
        for (int ord : FacetOrdinals.largest(counts.sections, MAX_SECTIONS)) {
            sections.add(value(counts.ordinals.section(ord), counts.sections[ord]));
        }
        List<SearchResults.FacetValue> tags = new ArrayList<>();
        for (int ord : FacetOrdinals.largest(counts.tags, MAX_TAGS)) {
            tags.add(value(counts.ordinals.tag(ord), counts.tags[ord]));
        }
        List<SearchResults.FacetValue> authors = new ArrayList<>();
        for (int ord : FacetOrdinals.largest(counts.authors, MAX_AUTHORS)) {
            authors.add(value(counts.ordinals.author(ord), counts.authors[ord]));
        }
        return new SearchResults.Facets(sections, years, tags, authors, newestOnly ? counts.total : 0);
    }

    /**
     * Counts the matches of {@code matching} with work bounded by {@code bound}: every match when
     * at most {@code bound} match, otherwise exactly the newest {@code bound} (ties in publication
     * time broken by index order), with {@link Counted#exact()} false: more than {@code bound}
     * match. See {@link #newest}.
     */
    static Counted bounded(IndexSearcher searcher, Query matching, int bound) throws IOException {
        return NewestMatches.find(searcher, matching, bound, false, null).counted(searcher.getIndexReader());
    }

    /** A section's, tag's or author's facet value ("slug\u0001name") and its count. */
    private static SearchResults.FacetValue value(String slugAndName, long count) {
        int sep = slugAndName.indexOf(SearchFields.SEP);
        return new SearchResults.FacetValue(slugAndName.substring(0, sep), slugAndName.substring(sep + 1), count);
    }
}
