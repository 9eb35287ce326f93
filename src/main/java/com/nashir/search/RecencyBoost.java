package com.nashir.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * News ranking: adds to the text score a freshness bonus of {@code WEIGHT · h / (h + age)},
 * where {@code h} is the half-life. A story published now gets the whole bonus, one a half-life
 * old half of it, one three half-lives old a quarter; a strong old match still beats a weak new
 * one, since the bonus is bounded.
 *
 * <p>The bonus is added, not multiplied, and it is an optional clause beside the required text
 * query, so top-10 collection can skip documents that cannot make the page (block-max WAND).
 * For that Lucene asks each clause for the best score it can give in a range of documents.
 * Lucene's own distance-feature query answers "the whole bonus" everywhere; this one knows
 * better, because the index keeps documents newest first ({@link SearchFields#NEWEST_FIRST}):
 * the first document of a range is its newest, so its bonus bounds the range's. Blocks of old
 * articles then offer only their small bonus, and a search skips them unless their text alone
 * could reach the page.
 */
final class RecencyBoost extends Query {
    /**
     * The whole bonus, in BM25 points. About what a query word found in the headline scores in a
     * large index, so for a one-word query a new story weighs about twice an old one of equal
     * text, as the first version's multiplying boost had it; longer queries score higher and
     * lean more on the text. On the benchmark's 100,000 articles 8 agreed best with the first
     * version's order (top-10 overlap 0.81 against 0.42 for 4 and 0.70 for 16).
     */
    static final float WEIGHT = 8f;

    private final long now;
    private final long pivot;

    private RecencyBoost(long now, long pivot) {
        this.now = now;
        this.pivot = pivot;
    }

    /** The optional clause that adds the bonus for a search made at {@code nowMillis}. */
    static Query clause(long nowMillis, Duration halfLife) {
        return new RecencyBoost(nowMillis, pivot(halfLife));
    }

    /** The bonus of a story {@code ageMillis} old (what {@link #clause} adds; for tests and documentation). */
    static double bonus(long ageMillis, Duration halfLife) {
        double h = pivot(halfLife);
        return WEIGHT * h / (h + Math.abs((double) ageMillis));
    }

    private float bonusAt(long published) {
        return (float) (WEIGHT * pivot / (pivot + Math.abs((double) now - published)));
    }

    private static long pivot(Duration halfLife) {
        return Math.max(1, halfLife.toMillis());
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new Weight(this) {
            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }

            @Override
            public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
                NumericDocValues published = DocValues.getNumeric(ctx.reader(), SearchFields.PUBLISHED);
                if (!published.advanceExact(doc)) {
                    return Explanation.noMatch("no publication time");
                }
                return Explanation.match(
                        boost * bonusAt(published.longValue()),
                        "recency bonus, published " + Instant.ofEpochMilli(published.longValue()) + ", half-life "
                                + Duration.ofMillis(pivot));
            }

            @Override
            public Scorer scorer(LeafReaderContext ctx) throws IOException {
                NumericDocValues published = ctx.reader().getNumericDocValues(SearchFields.PUBLISHED);
                if (published == null) {
                    return null;
                }
                boolean newestFirst = SearchFields.NEWEST_FIRST.equals(
                        ctx.reader().getMetaData().getSort());
                return new RecencyScorer(
                        this,
                        published,
                        DocValues.getNumeric(ctx.reader(), SearchFields.PUBLISHED),
                        ctx.reader().maxDoc(),
                        newestFirst,
                        boost);
            }
        };
    }

    /** Scores every document with a publication time; bounds a range's bonus by its first document's. */
    private final class RecencyScorer extends Scorer {
        private final NumericDocValues published;
        /** A second reader of the same values, for the first document of a range (read forward only). */
        private final NumericDocValues bounds;

        private final boolean newestFirst;
        private final float boost;
        private final int maxDoc;
        private int rangeStart;
        private boolean boundHasValue;

        RecencyScorer(
                Weight weight,
                NumericDocValues published,
                NumericDocValues bounds,
                int maxDoc,
                boolean newestFirst,
                float boost) {
            super(weight);
            this.maxDoc = maxDoc;
            this.published = published;
            this.bounds = bounds;
            this.newestFirst = newestFirst;
            this.boost = boost;
        }

        @Override
        public DocIdSetIterator iterator() {
            return published;
        }

        @Override
        public int docID() {
            return published.docID();
        }

        @Override
        public float score() throws IOException {
            return boost * bonusAt(published.longValue());
        }

        @Override
        public int advanceShallow(int target) {
            rangeStart = Math.max(rangeStart, target);
            return DocIdSetIterator.NO_MORE_DOCS;
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            if (!newestFirst) {
                return boost * WEIGHT;
            }
            int start = Math.max(rangeStart, docID());
            if (start >= maxDoc) {
                return 0;
            }
            long newest;
            if (start == docID()) {
                newest = published.longValue();
            } else {
                if (bounds.docID() > start) {
                    return boost * WEIGHT; // cannot read backwards; the whole bonus is always a safe bound
                }
                if (bounds.docID() < start) {
                    boundHasValue = bounds.advanceExact(start);
                }
                if (!boundHasValue) {
                    return 0; // documents without a time sort last: none from here on has a bonus
                }
                newest = bounds.longValue();
            }
            // A time still to come (the newsroom's scheduled articles) bounds nothing after it.
            return newest > now ? boost * WEIGHT : boost * bonusAt(newest);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "recency(now=" + now + ", halfLife=" + pivot + "ms)";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && now == ((RecencyBoost) other).now && pivot == ((RecencyBoost) other).pivot;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), now, pivot);
    }
}
