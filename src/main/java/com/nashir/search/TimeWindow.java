package com.nashir.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.IndexSearcher;

/**
 * A stretch of publication times around a moment that holds about a given number of the index's
 * documents. First guessed from the archive's average pace (its documents over the time from its
 * oldest to its newest, read from each segment's points), then corrected once by the pace around
 * the moment itself (the documents the guess holds, counted from the index's newest-first order):
 * a site publishes more each year than the year before, and its newest stories, the most read,
 * would otherwise search the widest windows. Both steps cost microseconds however large the
 * archive. A stretch that would pass the newest document reaches back further instead, and one
 * that would pass the oldest reaches forward, so an article near either end has as many neighbours.
 */
record TimeWindow(long from, long to) {
    static final TimeWindow EVERYTHING = new TimeWindow(Long.MIN_VALUE, Long.MAX_VALUE);

    /** The correction never stretches or shrinks the guess more than this many times. */
    private static final int MOST = 8;

    static TimeWindow around(IndexSearcher searcher, long at, int documents) {
        IndexReader reader = searcher.getIndexReader();
        int count = reader.numDocs();
        if (count <= documents) {
            return EVERYTHING;
        }
        long oldest = Long.MAX_VALUE;
        long newest = Long.MIN_VALUE;
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                PointValues points = leaf.reader().getPointValues(SearchFields.PUBLISHED);
                if (points != null && points.size() > 0) {
                    oldest = Math.min(oldest, LongPoint.decodeDimension(points.getMinPackedValue(), 0));
                    newest = Math.max(newest, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
                }
            }
            if (oldest >= newest) {
                return EVERYTHING;
            }
            long span = Math.max(1, (long) ((double) (newest - oldest) / count * documents));
            TimeWindow guess = place(at, span, oldest, newest);
            int held = searcher.count(SearchFilters.publishedBetween(guess.from, guess.to));
            if (held == 0) {
                return guess;
            }
            double stretch = Math.max(1.0 / MOST, Math.min(MOST, (double) documents / held));
            return place(at, Math.max(1, (long) (span * stretch)), oldest, newest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TimeWindow place(long at, long span, long oldest, long newest) {
        if (span >= newest - oldest) {
            return EVERYTHING;
        }
        long from = Math.max(oldest, Math.min(at, newest) - span / 2);
        long to = from + span;
        if (to >= newest) { // near the newest: the span before it, and whatever is published after
            return new TimeWindow(newest - span, Long.MAX_VALUE);
        }
        return new TimeWindow(from == oldest ? Long.MIN_VALUE : from, to);
    }
}
