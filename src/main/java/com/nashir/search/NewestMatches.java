package com.nashir.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.DocIdSetIterator;
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
 * The pass searches run: the newest {@code bound} matches of a query (every match when at most {@code bound}
 * match), with their scores when asked, so one pass both counts ({@link #counted}) and ranks ({@link #best}) and a
 * search does not find its matches twice. Its work is bounded whatever the number of matches.
 *
 * <p>The segments are read in runs of documents ({@link Piece}), newest run first across all segments; a segment's
 * matches come newest first (the index sort), so each segment stops at its first match older than a floor: the
 * {@code bound}-th newest of the matches kept so far (found by selection, not a heap, each time another {@code bound}
 * matches were kept), raised every thousand matches or so to the start of the week by which {@code bound} matches
 * were read ({@link Weeks}). The week count is what keeps a live index's pass short: a segment written after the
 * rebuild holds, besides the newest stories, stories of every year saved again since, so one of its runs spans years
 * and the first {@code bound} kept include matches years old; their {@code bound}-th newest is then years back, and
 * until another {@code bound} were kept the pass read on through the archive (measured at a million after a year of
 * writes: 14,800 matches a search over two segments, 18,800 over seventeen, against 9,800 for the same documents in
 * one). Past the bound the total is "more than {@code bound}", never a guess.
 *
 * <p>With a spare processor ({@link SpareProcessor}) the index is read in two halves at once, each half keeping
 * its own matches and both stopping at the higher of their floors (the {@code bound}-th newest of either half is
 * at most the {@code bound}-th newest of all). What either half dropped is older than that, so the two halves
 * together hold every match from the overall {@code bound}-th newest on, as one pass would: the counts and the page
 * are the same either way. The halves are not whole segments but runs of documents ({@link Piece}) taken in turn,
 * newest first: the newest matches of a search often all lie in the newest segment or two, and halves of whole
 * segments left one thread with nothing to read (measured at a million: a copy merged to six segments searched no
 * faster with the spare processor than without).
 */
final class NewestMatches {
    /** Every match read published from {@code since} on (and some older ones, which nothing here uses), newest segment first. */
    private final List<Candidates> read;

    private final long total;
    private final boolean exact;
    private final long since;
    /** Matches the pass read, both halves together. */
    private final long matchesRead;
    /** Of those, the matches the spare processor read (0 without one). */
    private final long spareRead;

    private NewestMatches(
            List<Candidates> read, long total, boolean exact, long since, long matchesRead, long spareRead) {
        this.read = read;
        this.total = total;
        this.exact = exact;
        this.since = since;
        this.matchesRead = matchesRead;
        this.spareRead = spareRead;
    }

    /**
     * The newest {@code bound} matches of {@code query}, scored when {@code scored}; {@code spare} (null: none)
     * reads half of the runs of documents while the caller reads the other half.
     */
    static NewestMatches find(IndexSearcher searcher, Query query, int bound, boolean scored, Executor spare)
            throws IOException {
        Weight weight = searcher.createWeight(
                searcher.rewrite(query), scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Piece> segments = new ArrayList<>();
        for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
            if (ctx.reader().maxDoc() > 0) {
                segments.add(new Piece(ctx, 0, ctx.reader().maxDoc(), newest(ctx)));
            }
        }
        segments.sort(NEWEST_FIRST);
        // Runs of documents newest first across the segments, not segment after segment: segments that overlap in time
        // (a rebuild's flushes, a merged old segment beside a new one) were each read down to their own bound-th newest
        // before the floor could stop the next, up to twice the documents one segment in time order needs.
        List<Piece> pieces = pieces(segments, searcher.getIndexReader().maxDoc());
        if (pieces.isEmpty()) {
            return new NewestMatches(List.of(), 0, true, Long.MIN_VALUE, 0, 0);
        }
        Shared shared = new Shared(bound, new Weeks(pieces.get(0).newest));
        if (spare == null || pieces.size() < 2) {
            Half all = new Half(pieces, weight, scored, shared, 0);
            all.read();
            return shared.result(inOnePassOrder(all.pool.all, segments), 0);
        }
        // The pieces in turn, newest first: each half reads about as many of the newest matches as the other.
        List<Piece> mine = new ArrayList<>();
        List<Piece> theirs = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            (i % 2 == 0 ? mine : theirs).add(pieces.get(i));
        }
        Half first = new Half(mine, weight, scored, shared, 0);
        Half second = new Half(theirs, weight, scored, shared, 1);
        SpareProcessor.Started<Void> other = SpareProcessor.start(spare, () -> {
            second.read();
            return null;
        });
        try {
            first.read();
        } catch (IOException | RuntimeException e) {
            other.settle();
            throw e;
        }
        other.result();
        List<Candidates> both = new ArrayList<>(first.pool.all);
        both.addAll(second.pool.all);
        return shared.result(inOnePassOrder(both, segments), second.seen);
    }

    /**
     * Segment by segment (newest first), each in document order: ties at the oldest counted time break the same way
     * however the runs were shared out.
     */
    private static List<Candidates> inOnePassOrder(List<Candidates> read, List<Piece> segments) {
        Map<LeafReaderContext, Integer> order = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            order.put(segments.get(i).ctx, i);
        }
        List<Candidates> sorted = new ArrayList<>(read);
        sorted.sort(Comparator.comparing((Candidates c) -> order.get(c.ctx)).thenComparingInt(c -> c.from));
        return sorted;
    }

    /**
     * The segments (newest first) cut into runs of about {@link #PIECES}th of the index, at least {@link #PIECE}
     * documents, each with the time of its first document, newest first. Ties keep a segment's runs in document order,
     * as a half must read them.
     */
    private static List<Piece> pieces(List<Piece> segments, int documents) throws IOException {
        int size = Math.max(PIECE, documents / PIECES);
        List<Piece> pieces = new ArrayList<>();
        for (Piece segment : segments) {
            NumericDocValues published = segment.ctx.reader().getNumericDocValues(SearchFields.PUBLISHED);
            for (int from = 0; from < segment.to; from += size) {
                long newest = from == 0
                        ? segment.newest
                        : published != null && published.advanceExact(from) ? published.longValue() : Long.MIN_VALUE;
                pieces.add(new Piece(segment.ctx, from, Math.min(segment.to, from + size), newest));
            }
        }
        pieces.sort(NEWEST_FIRST); // stable: a segment's runs stay in document order
        return pieces;
    }

    /**
     * The facets and count of the newest {@code total}: every match newer than {@code since}, then ties at
     * {@code since} up to the bound (in the order the segments were read).
     */
    FacetCounter.Counted counted(IndexReader reader) throws IOException {
        FacetCounter.Counts counts = new FacetCounter.Counts(FacetOrdinals.of(reader));
        if (exact) {
            for (Candidates c : read) {
                counts.count(c.ctx, c.docs, 0, c.size);
            }
            return new FacetCounter.Counted(FacetCounter.facets(counts, false), counts.total);
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
        return new FacetCounter.Counted(FacetCounter.facets(counts, true), counts.total, false, since);
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

    /** How many matches were counted: every one when {@link #exact()}, else the bound (and more match). */
    long total() {
        return total;
    }

    boolean exact() {
        return exact;
    }

    /** How many matches the pass read (both halves): its work, which the floors keep near the bound. */
    long read() {
        return matchesRead;
    }

    /** How many matches the spare processor read (0 without one): how the work was shared. */
    long spareRead() {
        return spareRead;
    }

    /** The fewest documents a half reads at a time (a small index is split into segments' halves or less). */
    static final int PIECE = 64;
    /** About how many runs of documents the halves take in turn: small enough that reading one costs little. */
    static final int PIECES = 128;

    private static final Comparator<Piece> NEWEST_FIRST =
            Comparator.comparingLong(Piece::newest).reversed();

    /**
     * Documents {@code from} (inclusive) to {@code to} of a segment, and the publication time of the first, the newest
     * of them by the index sort (the oldest possible when it has none).
     */
    private record Piece(LeafReaderContext ctx, int from, int to, long newest) {}

    /**
     * What the halves of one pass share (or the one half of a pass without a spare processor): the highest floor either
     * has reached, the matches each had read when it last raised its floor (so a half skips the rest of its runs only
     * when more than {@code bound} are known to match), and both halves' matches by week.
     */
    private static final class Shared {
        final int bound;
        final AtomicLong floor = new AtomicLong(Long.MIN_VALUE);
        final AtomicLong seen = new AtomicLong();
        final Weeks weeks;
        /** A half looks for a floor in {@link #weeks} each time it has read this many matches more (a power of 2, less 1). */
        final int every;

        Shared(int bound, Weeks weeks) {
            this.bound = bound;
            this.weeks = weeks;
            this.every = Math.min(1024, Integer.highestOneBit(Math.max(1, bound / 8))) - 1;
        }

        void raise(long to) {
            floor.accumulateAndGet(to, Math::max);
        }

        /**
         * Once both halves are done: what they read, every match counted or the newest {@code bound};
         * {@code spareRead}: how many matches the second half read.
         */
        NewestMatches result(List<Candidates> read, long spareRead) {
            long matches = seen.get();
            if (matches <= bound) {
                return new NewestMatches(read, matches, true, Long.MIN_VALUE, matches, spareRead);
            }
            return new NewestMatches(read, bound, false, nth(read, bound, new long[0]), matches, spareRead);
        }
    }

    /**
     * Both halves' matches by week back from the newest document: the start of the week by which {@code bound} matches
     * have been read, by either half, is a floor (at least {@code bound} matches are that new), which neither half's
     * own {@code bound}-th newest gives until it has read {@code bound} matches itself, nor gives well when some of the
     * first {@code bound} it kept are old (a run that spans years: see the class). With it the two halves stop about
     * where one pass over the index as rebuilt would, instead of reading up to {@code bound} each or on through the
     * years. Each half writes only its own counts;
     * the other's, read while they grow, can only be low, which lowers the floor, never wrongly raises it.
     */
    private static final class Weeks {
        static final long WEEK = 7 * 86_400_000L;
        /** About 39 years; older matches are not counted (a floor comes from newer ones or from the halves). */
        static final int COUNTED = 2048;

        final long top;
        final AtomicIntegerArray[] counts = {new AtomicIntegerArray(COUNTED), new AtomicIntegerArray(COUNTED)};

        Weeks(long top) {
            this.top = top;
        }

        void add(int half, long time) {
            if (time > top - COUNTED * WEEK) {
                int week = (int) ((top - time) / WEEK);
                AtomicIntegerArray mine = counts[half];
                mine.lazySet(week, mine.getPlain(week) + 1);
            }
        }

        /** The start of the newest week by which {@code bound} matches were read; the oldest time when none is. */
        long floor(int bound) {
            long sum = 0;
            for (int week = 0; week < COUNTED; week++) {
                sum += counts[0].get(week) + counts[1].get(week);
                if (sum >= bound) {
                    return top - (week + 1) * WEEK + 1;
                }
            }
            return Long.MIN_VALUE;
        }
    }

    /** One half of a pass's runs of documents (or all of the segments), read newest first by one thread. */
    private static final class Half {
        final List<Piece> pieces;
        final Weight weight;
        final boolean scored;
        final Shared shared;
        final Pool pool;
        /** Which half: 0 or 1. */
        final int half;
        /** The segments this half has begun to read: one scorer each, moved on from run to run. */
        final Map<LeafReaderContext, Reading> reading = new HashMap<>();
        /** Matches read by this half, and how many of them {@link Shared#seen} holds. */
        long seen;

        long told;

        Half(List<Piece> pieces, Weight weight, boolean scored, Shared shared, int half) {
            this.pieces = pieces;
            this.weight = weight;
            this.scored = scored;
            this.shared = shared;
            this.pool = new Pool(shared.bound);
            this.half = half;
        }

        void read() throws IOException {
            for (Piece piece : pieces) {
                if (shared.seen.get() + seen - told > shared.bound && piece.newest < floor()) {
                    // This run's newest document, and so every later one's, is older than the newest `bound`
                    // matches already kept (and more than `bound` match): not even its scorer is needed.
                    break;
                }
                readPiece(piece);
            }
            tell();
        }

        private long floor() {
            return Math.max(pool.floor, shared.floor.get());
        }

        private void tell() {
            shared.seen.addAndGet(seen - told);
            told = seen;
        }

        private void readPiece(Piece piece) throws IOException {
            LeafReaderContext ctx = piece.ctx;
            Reading segment = reading.get(ctx);
            if (segment == null) {
                segment =
                        new Reading(weight.bulkScorer(ctx), DocValues.getNumeric(ctx.reader(), SearchFields.PUBLISHED));
                reading.put(ctx, segment);
            }
            if (segment.scorer == null || segment.done) {
                return;
            }
            NumericDocValues published = segment.published;
            Candidates found = pool.piece(piece, scored);
            LeafCollector collector = new LeafCollector() {
                Scorable scores;

                @Override
                public void setScorer(Scorable scorer) {
                    scores = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    seen++;
                    long time = published.advanceExact(doc) ? published.longValue() : Long.MIN_VALUE;
                    shared.weeks.add(half, time);
                    if ((seen & shared.every) == 0) {
                        shared.raise(shared.weeks.floor(shared.bound));
                        tell();
                    }
                    if (time < floor()) {
                        // The rest of this segment is older still (the index sort): none of it can count.
                        throw new CollectionTerminatedException();
                    }
                    found.add(doc, time, scored ? scores.score() : 0f);
                    if (++pool.size >= pool.next) {
                        pool.compact(shared.floor.get());
                        shared.raise(pool.floor);
                        tell();
                    }
                }
            };
            try {
                int to = piece.to == ctx.reader().maxDoc() ? DocIdSetIterator.NO_MORE_DOCS : piece.to;
                segment.scorer.score(collector, ctx.reader().getLiveDocs(), piece.from, to);
            } catch (CollectionTerminatedException stop) {
                // this segment's remaining matches are older than the newest `bound`; its later runs are skipped
                // without asking a scorer stopped mid-run to go on
                segment.done = true;
            }
        }
    }

    /** A segment a half reads: its scorer (null: nothing matches there) and publication times, both moving forward. */
    private static final class Reading {
        final BulkScorer scorer;
        final NumericDocValues published;
        boolean done;

        Reading(BulkScorer scorer, NumericDocValues published) {
            this.scorer = scorer;
            this.published = published;
        }
    }

    /**
     * One half's kept matches, and the floor below which none can be among the newest {@code bound}: raised (and
     * the matches under it dropped) whenever another {@code bound} matches were kept, so the work per match stays
     * constant.
     */
    private static final class Pool {
        final int bound;
        final List<Candidates> all = new ArrayList<>();
        int size;
        int next;
        long floor = Long.MIN_VALUE;
        long[] scratch = new long[0];

        Pool(int bound) {
            this.bound = bound;
            this.next = bound;
        }

        Candidates piece(Piece piece, boolean scored) {
            Candidates c = new Candidates(piece.ctx, piece.from, scored);
            all.add(c);
            return c;
        }

        /** Raises the floor to the bound-th newest kept time (or {@code atLeast}) and drops what is older. */
        void compact(long atLeast) {
            if (scratch.length < size) {
                scratch = new long[ArrayUtil.oversize(size, Long.BYTES)];
            }
            floor = Math.max(Math.max(floor, atLeast), nth(all, bound, scratch));
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
    }

    /** The n-th newest time of {@code read} (1: the newest); n at most as many as it holds. */
    private static long nth(List<Candidates> read, int n, long[] scratch) {
        int size = 0;
        for (Candidates c : read) {
            size += c.size;
        }
        long[] t = scratch.length >= size ? scratch : new long[size];
        int k = 0;
        for (Candidates c : read) {
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

    /**
     * The publication time of a segment's newest document, its first by the index sort (the oldest possible when it
     * has none).
     */
    private static long newest(LeafReaderContext ctx) throws IOException {
        NumericDocValues values = ctx.reader().getNumericDocValues(SearchFields.PUBLISHED);
        return values != null && values.advanceExact(0) ? values.longValue() : Long.MIN_VALUE;
    }

    /**
     * The matches a run of a segment's documents offered to the pass, in document order, with their publication times
     * (and scores).
     */
    private static final class Candidates {
        final LeafReaderContext ctx;
        /** The run's first document. */
        final int from;

        int[] docs = new int[16];
        long[] times = new long[16];
        /** Null when the pass does not score. */
        float[] scores;

        int size;

        Candidates(LeafReaderContext ctx, int from, boolean scored) {
            this.ctx = ctx;
            this.from = from;
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
}
