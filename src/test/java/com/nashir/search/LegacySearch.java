package com.nashir.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;

/**
 * The first version of the search path, kept for the benchmark to measure against in the same
 * run: a multiplying recency boost ({@code text × (1 + 2^(-age/half-life))}) that scores every
 * match, facets counted in the same pass, exact total counts, and every stored field of each
 * shown document read apart from the highlighter's read.
 */
final class LegacySearch {
    private static final Sort BY_DATE = new Sort(
            new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true),
            new SortField(SearchFields.MODIFIED, SortField.Type.LONG, true));
    private static final Sort BY_SCORE =
            new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true));
    /**
     * The first version weighed six fields apart (headline 4, kicker, summary and tags 2, byline
     * 1.5, body 1); the index no longer has them, so its method runs here over today's fields,
     * the whole text and the headline with their weights.
     */
    private static final java.util.Map<String, Float> WEIGHTS =
            java.util.Map.of(SearchFields.TEXT, 1f, SearchFields.HEADLINE, 3f);

    private static final java.util.Map<String, Float> HIGHLIGHTED =
            java.util.Map.of(SearchFields.HEADLINE, 1f, SearchFields.BODY, 1f);

    private LegacySearch() {}

    /** The page's document numbers (the benchmark compares them with the new ranking's). */
    static List<Integer> search(SearchEngine engine, SearchRequest request, Instant now, Duration halfLife) {
        return engine.withSearcher(searcher -> {
            Query filter = SearchFilters.withRequest(SearchFilters.published(now), request, engine.zone());
            Object[] found = run(
                    searcher,
                    engine,
                    request.text(),
                    filter,
                    request.newestFirst(),
                    request.page(),
                    request.size(),
                    now,
                    halfLife);
            if (found == null) {
                return List.of();
            }
            @SuppressWarnings("unchecked")
            List<ScoreDoc> page = (List<ScoreDoc>) found[0];
            FacetCounter.Counts counts = (FacetCounter.Counts) found[1];
            if (counts.total == 0 && !request.text().isEmpty()) {
                String corrected = Spelling.correct(searcher.getIndexReader(), engine.analyzer(), request.text());
                if (corrected != null) {
                    run(searcher, engine, corrected, filter, true, 1, 1, now, halfLife);
                }
            }
            FacetCounter.facets(counts, false);
            int[] ids = page.stream().mapToInt(d -> d.doc).toArray();
            if (!request.text().isEmpty() && ids.length > 0) {
                Snippets.of(
                        searcher,
                        engine.analyzer(),
                        QueryText.parse(request.text(), engine.analyzer(), HIGHLIGHTED),
                        ids,
                        Set.of());
            }
            StoredFields stored = searcher.storedFields();
            for (int id : ids) {
                stored.document(id).get(SearchFields.HEADLINE);
            }
            return page.stream().map(d -> d.doc).toList();
        });
    }

    private static Object[] run(
            IndexSearcher searcher,
            SearchEngine engine,
            String text,
            Query filter,
            boolean newestFirst,
            int page,
            int size,
            Instant now,
            Duration halfLife)
            throws IOException {
        Query textQuery = text.isEmpty() ? null : QueryText.parse(text, engine.analyzer(), WEIGHTS);
        if (!text.isEmpty() && textQuery == null) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(filter, BooleanClause.Occur.FILTER);
        if (textQuery != null) {
            all.add(textQuery, BooleanClause.Occur.MUST);
        }
        Query matching = all.build();
        boolean byDate = newestFirst || textQuery == null;
        Query ranked = byDate
                ? matching
                : FunctionScoreQuery.boostByValue(matching, new Multiplier(now.toEpochMilli(), halfLife));
        Object[] both = searcher.search(
                ranked,
                new MultiCollectorManager(
                        TopFieldCollector.createSharedManager(
                                byDate ? BY_DATE : BY_SCORE, page * size, null, Integer.MAX_VALUE),
                        new FacetCounter(searcher.getIndexReader())));
        ScoreDoc[] docs = ((TopDocs) both[0]).scoreDocs;
        return new Object[] {List.of(docs).subList(Math.min(docs.length, (page - 1) * size), docs.length), both[1]};
    }

    /** {@code 1 + 2^(-age / halfLife)} per document. */
    private static final class Multiplier extends DoubleValuesSource {
        private final long nowMillis;
        private final double halfLifeMillis;

        Multiplier(long nowMillis, Duration halfLife) {
            this.nowMillis = nowMillis;
            this.halfLifeMillis = Math.max(1, halfLife.toMillis());
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
                    value = published.advanceExact(doc)
                            ? 1 + Math.pow(2, -Math.max(0, nowMillis - published.longValue()) / halfLifeMillis)
                            : 1;
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
            return false;
        }

        @Override
        public int hashCode() {
            return Objects.hash(nowMillis, halfLifeMillis);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Multiplier m && m.nowMillis == nowMillis && m.halfLifeMillis == halfLifeMillis;
        }

        @Override
        public String toString() {
            return "recency×(halfLife=" + Duration.ofMillis((long) halfLifeMillis) + ")";
        }
    }
}
