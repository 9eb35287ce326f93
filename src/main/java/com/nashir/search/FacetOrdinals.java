package com.nashir.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The section, tag and author facet values of one index version numbered across its segments (Lucene's
 * {@link OrdinalMap}), so that a search counts its matches by number and names only the values it
 * shows. Naming every counted value in every segment, to add the segments' counts up by name, was a
 * third of an uncached search at a million articles (a few thousand tags in each of a few dozen
 * segments, each name read from a compressed block). Built once per index version: the last one
 * is kept, and the versions searched are almost always the newest.
 */
final class FacetOrdinals {
    private static volatile FacetOrdinals last;

    private final IndexReader.CacheKey key;
    private final Numbered sections;
    private final Numbered tags;
    private final Numbered authors;

    private FacetOrdinals(IndexReader.CacheKey key, Numbered sections, Numbered tags, Numbered authors) {
        this.key = key;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
    }

    /** The numbering of {@code reader}'s version: the kept one when it is that version's. */
    static FacetOrdinals of(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        IndexReader.CacheKey key = helper == null ? null : helper.getKey();
        FacetOrdinals kept = last;
        if (key != null && kept != null && kept.key == key) {
            return kept;
        }
        List<LeafReaderContext> leaves = reader.leaves();
        SortedDocValues[] sectionValues = new SortedDocValues[leaves.size()];
        for (LeafReaderContext ctx : leaves) {
            sectionValues[ctx.ord] = DocValues.getSorted(ctx.reader(), SearchFields.SECTION_FACET);
        }
        FacetOrdinals built = new FacetOrdinals(
                key,
                new Numbered(
                        SearchFields.SECTION_FACET, leaves, OrdinalMap.build(key, sectionValues, PackedInts.DEFAULT)),
                many(key, leaves, SearchFields.TAG_FACET),
                many(key, leaves, SearchFields.AUTHOR_FACET));
        if (key != null) {
            last = built;
        }
        return built;
    }

    private static Numbered many(IndexReader.CacheKey key, List<LeafReaderContext> leaves, String field)
            throws IOException {
        SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
        for (LeafReaderContext ctx : leaves) {
            values[ctx.ord] = DocValues.getSortedSet(ctx.reader(), field);
        }
        return new Numbered(field, leaves, OrdinalMap.build(key, values, PackedInts.DEFAULT));
    }

    int sectionCount() {
        return sections.count();
    }

    int tagCount() {
        return tags.count();
    }

    /** A segment's section numbers to the version's (see {@link Numbered#of}). */
    int[] sectionsOf(LeafReaderContext ctx) throws IOException {
        return sections.of(ctx);
    }

    /** A segment's tag numbers to the version's (see {@link Numbered#of}). */
    int[] tagsOf(LeafReaderContext ctx) throws IOException {
        return tags.of(ctx);
    }

    int authorCount() {
        return authors.count();
    }

    /** A segment's author numbers to the version's (see {@link Numbered#of}). */
    int[] authorsOf(LeafReaderContext ctx) throws IOException {
        return authors.of(ctx);
    }

    String author(int ordinal) throws IOException {
        return authors.name(ordinal);
    }

    String section(int ordinal) throws IOException {
        return sections.name(ordinal);
    }

    String tag(int ordinal) throws IOException {
        return tags.name(ordinal);
    }

    /** One facet field's values numbered across the version's segments, with what was looked up so far. */
    private static final class Numbered {
        private final String field;
        private final List<LeafReaderContext> leaves;
        private final OrdinalMap map;
        /** {@link #of}, by segment. */
        private final AtomicReferenceArray<int[]> bySegment;
        /**
         * Names read so far, by number: a search names the fifteen tags it shows, each read from a compressed block of
         * the segment's values, and the popular tags recur from search to search (an eighth of counting at a million).
         */
        private final AtomicReferenceArray<String> names;

        Numbered(String field, List<LeafReaderContext> leaves, OrdinalMap map) {
            this.field = field;
            this.leaves = leaves;
            this.map = map;
            this.bySegment = new AtomicReferenceArray<>(leaves.size());
            this.names = new AtomicReferenceArray<>(Math.toIntExact(map.getValueCount()));
        }

        int count() {
            return names.length();
        }

        /**
         * A segment's numbers to the version's, as an array made on the segment's first count (the map's packed
         * lookup, once per tag of every match, was a sixth of counting the newest 10,000 matches at a million).
         */
        int[] of(LeafReaderContext ctx) throws IOException {
            int[] numbers = bySegment.get(ctx.ord);
            if (numbers == null) {
                LongValues global = map.getGlobalOrds(ctx.ord);
                // A sorted (single-valued) field reads as a sorted set of one: one way for both.
                long count = DocValues.getSortedSet(ctx.reader(), field).getValueCount();
                numbers = new int[Math.toIntExact(count)];
                for (int i = 0; i < numbers.length; i++) {
                    numbers[i] = (int) global.get(i);
                }
                bySegment.set(ctx.ord, numbers);
            }
            return numbers;
        }

        /** The value numbered {@code ordinal}, read from the first segment that holds it (once per version). */
        String name(int ordinal) throws IOException {
            String name = names.get(ordinal);
            if (name == null) {
                LeafReaderContext ctx = leaves.get(map.getFirstSegmentNumber(ordinal));
                name = DocValues.getSortedSet(ctx.reader(), field)
                        .lookupOrd(map.getFirstSegmentOrd(ordinal))
                        .utf8ToString();
                names.set(ordinal, name);
            }
            return name;
        }
    }

    /**
     * The numbers of the {@code limit} largest counts, largest first; equal counts in the values'
     * order (the numbering follows the values' byte order, which is their order as text).
     */
    static List<Integer> largest(long[] counts, int limit) {
        java.util.PriorityQueue<Integer> worst = new java.util.PriorityQueue<>(
                limit + 1,
                (a, b) -> counts[a] != counts[b] ? Long.compare(counts[a], counts[b]) : Integer.compare(b, a));
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] == 0) {
                continue;
            }
            if (worst.size() < limit) {
                worst.add(ord);
            } else if (counts[ord] > counts[worst.peek()]) { // equal counts: the earlier value is kept
                worst.poll();
                worst.add(ord);
            }
        }
        List<Integer> best = new ArrayList<>(worst);
        best.sort((a, b) -> counts[a] != counts[b] ? Long.compare(counts[b], counts[a]) : Integer.compare(a, b));
        return best;
    }
}
