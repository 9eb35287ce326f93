package com.nashir.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;

/**
 * One segment's section, year, tags and authors by document, read once from its doc values into arrays, for
 * {@link FacetCounter}. Counting the newest 10,000 matches of a search through the doc values was a quarter of an
 * uncached search at a million articles, most of it the tags: each match's decoded from compressed blocks through
 * calls that differ from segment to segment; from arrays it is a few reads per match (half the time).
 *
 * <p>A segment never changes (a deletion only hides documents), so its arrays are made once, kept while the segment
 * is open anywhere (by its core, which every reader of the segment shares) and dropped when it closes. About 30 bytes a
 * document: 30 MB of heap at a million articles. {@link SearchEngine} makes them before a new or merged segment is
 * searched, so no reader waits for them.
 */
final class SegmentFacets {
    /** No section, or no year: {@link #section} and {@link #year} hold this. */
    static final int NONE = -1;

    private static final Map<IndexReader.CacheKey, SegmentFacets> KEPT = new ConcurrentHashMap<>();

    /** By document: the section's number in the segment's {@link SearchFields#SECTION_FACET} values. */
    private final int[] section;
    /** By document: the publication year ({@link SearchFields#YEAR}); 0 for none (or one no article has: below 1, past 32767). */
    private final short[] year;
    /** By document: its tags' numbers in the segment's {@link SearchFields#TAG_FACET} values. */
    private final Many tags;
    /** By document: its authors' numbers in the segment's {@link SearchFields#AUTHOR_FACET} values. */
    private final Many authors;

    private SegmentFacets(int[] section, short[] year, Many tags, Many authors) {
        this.section = section;
        this.year = year;
        this.tags = tags;
        this.authors = authors;
    }

    /** The arrays of {@code segment}: the kept ones, else read now (and kept while the segment is open). */
    static SegmentFacets of(LeafReader segment) throws IOException {
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        if (core == null) {
            return read(segment);
        }
        SegmentFacets kept = KEPT.get(core.getKey());
        if (kept == null) {
            kept = read(segment);
            if (KEPT.putIfAbsent(core.getKey(), kept) == null) {
                core.addClosedListener(KEPT::remove);
            }
        }
        return kept;
    }

    /** Whether the segment's arrays are kept (tests). */
    static boolean kept(LeafReader segment) {
        return KEPT.containsKey(segment.getCoreCacheHelper().getKey());
    }

    int section(int doc) {
        return section[doc];
    }

    /** The year, or {@link #NONE}. */
    int year(int doc) {
        return year[doc] == 0 ? NONE : year[doc];
    }

    /** The tags by document. */
    Many tags() {
        return tags;
    }

    /** The authors by document. */
    Many authors() {
        return authors;
    }

    /**
     * A many-valued field's numbers in the segment's values by document: those of document d are {@code value(i)} for
     * {@code first(d) <= i < end(d)}.
     */
    static final class Many {
        private final int[] start;
        private final int[] values;

        private Many(int[] start, int[] values) {
            this.start = start;
            this.values = values;
        }

        int first(int doc) {
            return start[doc];
        }

        /** One past the document's last value. */
        int end(int doc) {
            return start[doc + 1];
        }

        int value(int i) {
            return values[i];
        }

        private static Many read(LeafReader segment, String field) throws IOException {
            int maxDoc = segment.maxDoc();
            int[] start = new int[maxDoc + 1];
            int[] values = new int[Math.max(16, maxDoc)];
            int n = 0;
            SortedSetDocValues docValues = DocValues.getSortedSet(segment, field);
            int doc = docValues.nextDoc();
            for (int d = 0; d < maxDoc; d++) {
                start[d] = n;
                if (d == doc) {
                    int count = docValues.docValueCount();
                    values = ArrayUtil.grow(values, n + count);
                    for (int i = 0; i < count; i++) {
                        values[n++] = (int) docValues.nextOrd();
                    }
                    doc = docValues.nextDoc();
                }
            }
            start[maxDoc] = n;
            return new Many(start, ArrayUtil.copyOfSubArray(values, 0, n));
        }
    }

    private static SegmentFacets read(LeafReader segment) throws IOException {
        int maxDoc = segment.maxDoc();
        int[] section = new int[maxDoc];
        Arrays.fill(section, NONE);
        SortedDocValues sections = DocValues.getSorted(segment, SearchFields.SECTION_FACET);
        for (int d = sections.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = sections.nextDoc()) {
            section[d] = sections.ordValue();
        }
        short[] year = new short[maxDoc];
        NumericDocValues years = DocValues.getNumeric(segment, SearchFields.YEAR);
        for (int d = years.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = years.nextDoc()) {
            long y = years.longValue();
            year[d] = y > 0 && y <= Short.MAX_VALUE ? (short) y : 0;
        }
        return new SegmentFacets(
                section,
                year,
                Many.read(segment, SearchFields.TAG_FACET),
                Many.read(segment, SearchFields.AUTHOR_FACET));
    }
}
