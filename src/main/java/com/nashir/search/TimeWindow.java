package com.nashir.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;

/**
 * A stretch of publication times around a moment that holds about a given number of the index's
 * documents: as long as that number takes the archive to publish at its average pace (its documents
 * over the time from its oldest to its newest). Read from the points' bounds of each segment, so it
 * costs nothing however large the archive is. A stretch that would pass the newest document reaches
 * back further instead, and one that would pass the oldest reaches forward, so an article near
 * either end still has as many neighbours.
 */
record TimeWindow(long from, long to) {
    static final TimeWindow EVERYTHING = new TimeWindow(Long.MIN_VALUE, Long.MAX_VALUE);

    static TimeWindow around(IndexReader reader, long at, int documents) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (oldest >= newest) {
            return EVERYTHING;
        }
        long span = (long) ((double) (newest - oldest) / count * documents);
        long from = Math.max(oldest, Math.min(at, newest) - span / 2);
        long to = from + span;
        if (to >= newest) { // near the newest: the span before it, and whatever is published after
            return new TimeWindow(newest - span, Long.MAX_VALUE);
        }
        return new TimeWindow(from == oldest ? Long.MIN_VALUE : from, to);
    }
}
