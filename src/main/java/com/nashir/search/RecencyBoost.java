package com.nashir.search;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * News ranking: multiplies the text score by {@code 1 + 2^(-age / halfLife)}, so a story
 * published now weighs twice an old one of equal text relevance, one a half-life old weighs 1.5
 * times, and a strong old match still beats a weak new one.
 */
final class RecencyBoost extends DoubleValuesSource {
    private final long nowMillis;
    private final double halfLifeMillis;

    RecencyBoost(long nowMillis, Duration halfLife) {
        this.nowMillis = nowMillis;
        this.halfLifeMillis = Math.max(1, halfLife.toMillis());
    }

    static double factor(long ageMillis, double halfLifeMillis) {
        return 1 + Math.pow(2, -Math.max(0, ageMillis) / halfLifeMillis);
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues published = DocValues.getNumeric(ctx.reader(), SearchFields.PUBLISHED);
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = published.advanceExact(doc) ? factor(nowMillis - published.longValue(), halfLifeMillis) : 1;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false; // depends on the time of the query
    }

    @Override
    public int hashCode() {
        return Objects.hash(nowMillis, halfLifeMillis);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecencyBoost r && r.nowMillis == nowMillis && r.halfLifeMillis == halfLifeMillis;
    }

    @Override
    public String toString() {
        return "recency(halfLife=" + Duration.ofMillis((long) halfLifeMillis) + ")";
    }
}
