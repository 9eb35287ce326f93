package com.nashir.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.IntroSelector;

/**
 * Counts matches by section, year and tag (read from {@link SegmentFacets}' arrays), and the total number of
 * matches on the way.
 *
 * <p>{@link #newest} is the pass searches run: its work is bounded whatever the number of
 * matches. Up to {@link #BOUND} matches it keeps every one; past that it keeps the newest
 * {@link #BOUND} matches (the index keeps documents newest first, so a segment's matches come
 * newest first and the pass stops in each segment at the first match older than the newest
 * {@code BOUND} kept so far) and says so: the total is then "more than BOUND", never a guess. A
 * relevance-ordered search scores the matches in the same pass and takes its page from those kept
 * ({@link Newest#best}); the facets are counted over them ({@link Newest#counted}). As a
 * {@link CollectorManager} it counts every match (the path before the bound, kept for the
 * benchmark).
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounter.Counts> {
    static final int MAX_TAGS = 15;
    static final int MAX_SECTIONS = 50;
    /** How many matches a search counts at most: all of them up to this many, else the newest this many. */
    static final int BOUND = 10_000;
    /** Years counted in an array from this one on (earlier or much later ones in a map). */
    private static final int FIRST_YEAR = 1900;

    private static final int YEARS = 300;

    /**
     * Counts by section, year and tag: sections and tags by their number in the index version
     * ({@link FacetOrdinals}), named only for the values shown ({@link #facets}).
     */
    static final class Counts implements Collector {
        final FacetOrdinals ordinals;
        final long[] sections;
        final long[] tags;
        final long[] yearCounts = new long[YEARS];
        final Map<Integer, Long> otherYears = new HashMap<>();
        long total;

        Counts(FacetOrdinals ordinals) {
            this.ordinals = ordinals;
            this.sections = new long[ordinals.sectionCount()];
            this.tags = new long[ordinals.tagCount()];
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
                    for (int i = values.firstTag(doc), end = values.endOfTags(doc); i < end; i++) {
                        tags[tagOrdinal[values.tag(i)]]++;
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
        return new SearchResults.Facets(sections, years, tags, newestOnly ? counts.total : 0);
    }

    /**
     * Counts the matches of {@code matching} with work bounded by {@code bound}: every match when
     * at most {@code bound} match, otherwise exactly the newest {@code bound} (ties in publication
     * time broken by index order), with {@link Counted#exact()} false: more than {@code bound}
     * match. See {@link #newest}.
     */
    static Counted bounded(IndexSearcher searcher, Query matching, int bound) throws IOException {
        return newest(searcher, matching, bound, false).counted(searcher.getIndexReader());
    }

    /**
     * The newest {@code bound} matches of {@code query} (every match when at most {@code bound} match), with their
     * scores when {@code scored}: one pass that both counts and ranks, so a search does not find its matches twice.
     * Segments are visited newest first; a segment's matches come newest first (the index sort), so each segment
     * stops at its first match older than a floor, the {@code bound}-th newest of the matches kept so far (found by
     * selection, not a heap, each time another {@code bound} matches were kept): at most about twice {@code bound}
     * matches are read in all, plus one per segment.
     */
    static Newest newest(IndexSearcher searcher, Query query, int bound, boolean scored) throws IOException {
        Weight weight = searcher.createWeight(
                searcher.rewrite(query), scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves =
                new ArrayList<>(searcher.getIndexReader().leaves());
        Map<LeafReaderContext, Long> newest = new HashMap<>();
        for (LeafReaderContext ctx : leaves) {
            newest.put(ctx, published(ctx, 0));
        }
        leaves.sort(
                Comparator.comparing((LeafReaderContext ctx) -> newest.get(ctx)).reversed());
        Pool pool = new Pool(bound);
        for (LeafReaderContext ctx : leaves) {
            if (pool.seen > bound && newest.get(ctx) < pool.floor) {
                // This segment's newest document, and so every later segment's, is older than the newest `bound`
                // matches already kept (and more than `bound` match): not even its scorer is needed.
                break;
            }
            if (ctx.reader().maxDoc() == 0) {
                continue;
            }
            BulkScorer scorer = weight.bulkScorer(ctx);
            if (scorer == null) {
                continue;
            }
            NumericDocValues published = DocValues.getNumeric(ctx.reader(), SearchFields.PUBLISHED);
            Candidates found = pool.segment(ctx, scored);
            LeafCollector collector = new LeafCollector() {
                Scorable scores;

                @Override
                public void setScorer(Scorable scorer) {
                    scores = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    pool.seen++;
                    long time = published.advanceExact(doc) ? published.longValue() : Long.MIN_VALUE;
                    if (time < pool.floor) {
                        // The rest of this segment is older still (the index sort): none of it can count.
                        throw new CollectionTerminatedException();
                    }
                    found.add(doc, time, scored ? scores.score() : 0f);
                    if (++pool.size >= pool.next) {
                        pool.compact();
                    }
                }
            };
            try {
                scorer.score(collector, ctx.reader().getLiveDocs());
            } catch (CollectionTerminatedException stop) {
                // this segment's remaining matches are older than the newest `bound`
            }
        }
        if (pool.seen <= bound) {
            return new Newest(pool.all, pool.seen, true, Long.MIN_VALUE);
        }
        return new Newest(pool.all, bound, false, pool.nth(bound));
    }

    /**
     * The matches a bounded pass kept ({@link #newest}): every match when {@code exact}; else the newest
     * {@code total} are counted (the oldest of them published at {@code since}), and a page is ranked among every
     * match published from {@code since} on, as {@link IndexQueries#rankedWithin} ranks it when the counts come from
     * the cache.
     */
    static final class Newest {
        /** Every match read published from {@code since} on (and some older ones, which nothing here uses). */
        private final List<Candidates> read;

        private final long total;
        private final boolean exact;
        private final long since;

        private Newest(List<Candidates> read, long total, boolean exact, long since) {
            this.read = read;
            this.total = total;
            this.exact = exact;
            this.since = since;
        }

        /**
         * The facets and count of the newest {@code total}: every match newer than {@code since}, then ties at
         * {@code since} up to the bound (in the order the segments were read).
         */
        Counted counted(IndexReader reader) throws IOException {
            Counts counts = new Counts(FacetOrdinals.of(reader));
            if (exact) {
                for (Candidates c : read) {
                    counts.count(c.ctx, c.docs, 0, c.size);
                }
                return new Counted(facets(counts, false), counts.total);
            }
            long newer = 0;
            for (Candidates c : read) {
                for (int i = 0; i < c.size; i++) {
                    newer += c.times[i] > since ? 1 : 0;
                }
            }
            long ties = total - newer;
            int[] docs = new int[0];
            for (Candidates c : read) {
                docs = ArrayUtil.grow(docs, c.size);
                int kept = 0;
                for (int i = 0; i < c.size; i++) {
                    if (c.times[i] > since || c.times[i] == since && ties-- > 0) {
                        docs[kept++] = c.docs[i];
                    }
                }
                counts.count(c.ctx, docs, 0, kept);
            }
            return new Counted(facets(counts, true), counts.total, false, since);
        }

        /**
         * The {@code n} best by score (of a scored pass), best first, ties by index order as Lucene's top-documents
         * collector breaks them.
         */
        List<ScoreDoc> best(int n) {
            Comparator<ScoreDoc> worstFirst =
                    Comparator.comparingDouble((ScoreDoc d) -> d.score).thenComparing(d -> -d.doc);
            PriorityQueue<ScoreDoc> best = new PriorityQueue<>(Math.max(1, n) + 1, worstFirst);
            for (Candidates c : read) {
                for (int i = 0; i < c.size; i++) {
                    if (c.times[i] < since) {
                        continue;
                    }
                    float score = c.scores[i];
                    int doc = c.ctx.docBase + c.docs[i];
                    if (best.size() < n) {
                        best.add(new ScoreDoc(doc, score));
                    } else if (n > 0
                            && (score > best.peek().score || score == best.peek().score && doc < best.peek().doc)) {
                        best.poll();
                        best.add(new ScoreDoc(doc, score));
                    }
                }
            }
            List<ScoreDoc> out = new ArrayList<>(best);
            out.sort(worstFirst.reversed());
            return out;
        }

        long total() {
            return total;
        }

        boolean exact() {
            return exact;
        }
    }

    /**
     * Every segment's kept matches, and the floor below which no match can be among the newest
     * {@code bound}: raised (and the matches under it dropped) whenever another {@code bound}
     * matches were kept, so the work per match stays constant.
     */
    private static final class Pool {
        final int bound;
        final List<Candidates> all = new ArrayList<>();
        long seen;
        int size;
        int next;
        long floor = Long.MIN_VALUE;
        long[] scratch = new long[0];

        Pool(int bound) {
            this.bound = bound;
            this.next = bound;
        }

        Candidates segment(LeafReaderContext ctx, boolean scored) {
            Candidates c = new Candidates(ctx, scored);
            all.add(c);
            return c;
        }

        /** Raises the floor to the bound-th newest kept time and drops what is older. */
        void compact() {
            floor = Math.max(floor, nth(bound));
            size = 0;
            for (Candidates c : all) {
                int kept = 0;
                for (int i = 0; i < c.size; i++) {
                    if (c.times[i] >= floor) {
                        c.move(i, kept++);
                    }
                }
                c.size = kept;
                size += kept;
            }
            next = size + bound;
        }

        /** The n-th newest time kept (1: the newest); n at most {@link #size}. */
        long nth(int n) {
            if (scratch.length < size) {
                scratch = new long[ArrayUtil.oversize(size, Long.BYTES)];
            }
            long[] t = scratch;
            int k = 0;
            for (Candidates c : all) {
                System.arraycopy(c.times, 0, t, k, c.size);
                k += c.size;
            }
            new IntroSelector() {
                long pivot;

                @Override
                protected void swap(int i, int j) {
                    long x = t[i];
                    t[i] = t[j];
                    t[j] = x;
                }

                @Override
                protected void setPivot(int i) {
                    pivot = t[i];
                }

                @Override
                protected int comparePivot(int j) {
                    return Long.compare(t[j], pivot); // newest first
                }
            }.select(0, k, n - 1);
            return t[n - 1];
        }
    }

    /** A segment's publication time of {@code doc} (documents without one: the oldest possible). */
    private static long published(LeafReaderContext ctx, int doc) throws IOException {
        NumericDocValues values = ctx.reader().getNumericDocValues(SearchFields.PUBLISHED);
        return values != null && doc < ctx.reader().maxDoc() && values.advanceExact(doc)
                ? values.longValue()
                : Long.MIN_VALUE;
    }

    /** The matches a segment offered to the bounded pass, in document order, with their publication times (and scores). */
    private static final class Candidates {
        final LeafReaderContext ctx;
        int[] docs = new int[16];
        long[] times = new long[16];
        /** Null when the pass does not score. */
        float[] scores;

        int size;

        Candidates(LeafReaderContext ctx, boolean scored) {
            this.ctx = ctx;
            this.scores = scored ? new float[16] : null;
        }

        void add(int doc, long time, float score) {
            if (size == docs.length) {
                docs = ArrayUtil.grow(docs, size + 1);
                times = ArrayUtil.growExact(times, docs.length);
                if (scores != null) {
                    scores = ArrayUtil.growExact(scores, docs.length);
                }
            }
            docs[size] = doc;
            times[size] = time;
            if (scores != null) {
                scores[size] = score;
            }
            size++;
        }

        /** Moves the match at {@code from} to {@code to} (at most {@code from}), compacting the kept ones forward. */
        void move(int from, int to) {
            docs[to] = docs[from];
            times[to] = times[from];
            if (scores != null) {
                scores[to] = scores[from];
            }
        }
    }

    /** A section's or tag's facet value ("slug\u0001name") and its count. */
    private static SearchResults.FacetValue value(String slugAndName, long count) {
        int sep = slugAndName.indexOf(SearchFields.SEP);
        return new SearchResults.FacetValue(slugAndName.substring(0, sep), slugAndName.substring(sep + 1), count);
    }
}
