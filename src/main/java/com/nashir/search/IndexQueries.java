package com.nashir.search;

import com.nashir.system.PageOf;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;

/**
 * The read side of the index: a query with its filters, ranked for news (field weights and
 * recency) or by date, one page of hits with highlights, and facet counts over every match.
 */
final class IndexQueries {
    private static final Sort BY_DATE = new Sort(new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true),
            new SortField(SearchFields.MODIFIED, SortField.Type.LONG, true));
    private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true));

    private IndexQueries() {}

    /** The fields results mark: the highlighter looks up only their terms. */
    private static final java.util.Map<String, Float> HIGHLIGHTED = java.util.Map.of(SearchFields.HEADLINE, 1f, SearchFields.BODY, 1f);

    /** What one search found: the page's documents, the counts over all matches, the query to mark. */
    record Found(List<ScoreDoc> page, FacetCounter.Counts counts, Query text) {}

    /**
     * Runs the text query (null: every document) within {@code filter}. Relevance order multiplies
     * the text score by {@link RecencyBoost}.
     */
    static Found run(IndexSearcher searcher, SearchEngine engine, String text, Query filter, boolean newestFirst, int page,
                     int size, Instant now, Duration halfLife) throws IOException {
        Query textQuery = text.isEmpty() ? null : QueryText.parse(text, engine.analyzer(), SearchFields.WEIGHTS);
        if (!text.isEmpty() && textQuery == null) {
            return new Found(List.of(), new FacetCounter.Counts(), null);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(filter, BooleanClause.Occur.FILTER);
        if (textQuery != null) {
            all.add(textQuery, BooleanClause.Occur.MUST);
        }
        Query matching = all.build();
        boolean byDate = newestFirst || textQuery == null;
        Query ranked = byDate ? matching
                : FunctionScoreQuery.boostByValue(matching, new RecencyBoost(now.toEpochMilli(), halfLife));
        // One pass collects the page's top documents and the facet counts over every match.
        Object[] both = searcher.search(ranked, new MultiCollectorManager(
                TopFieldCollector.createSharedManager(byDate ? BY_DATE : BY_SCORE, page * size, null, Integer.MAX_VALUE),
                new FacetCounter()));
        TopDocs top = (TopDocs) both[0];
        FacetCounter.Counts counts = (FacetCounter.Counts) both[1];
        ScoreDoc[] docs = top.scoreDocs;
        List<ScoreDoc> hits = List.of(docs).subList(Math.min(docs.length, (page - 1) * size), docs.length);
        Query highlight = textQuery == null ? null : QueryText.parse(text, engine.analyzer(), HIGHLIGHTED);
        return new Found(hits, counts, highlight);
    }

    /**
     * One search within {@code visibility} (who may see what) and the request's filters, with a
     * spelling suggestion when nothing matched but a corrected query would.
     */
    static SearchResults search(SearchEngine engine, SearchRequest request, java.util.function.Supplier<BooleanQuery.Builder> visibility,
                                Instant now, Duration halfLife) {
        return engine.withSearcher(searcher -> {
            Query filter = SearchFilters.withRequest(visibility.get(), request, engine.zone());
            Found found = run(searcher, engine, request.text(), filter, request.newestFirst(), request.page(), request.size(), now, halfLife);
            String didYouMean = null;
            if (found.counts().total == 0 && !request.text().isEmpty()) {
                String corrected = Spelling.correct(searcher.getIndexReader(), engine.analyzer(), request.text());
                if (corrected != null && run(searcher, engine, corrected, filter, true, 1, 1, now, halfLife).counts().total > 0) {
                    didYouMean = corrected;
                }
            }
            return results(searcher, engine, request, found, didYouMean);
        });
    }

    /** The page as results: stored fields plus highlighted headline and snippet. */
    static SearchResults results(IndexSearcher searcher, SearchEngine engine, SearchRequest request, Found found, String didYouMean)
            throws IOException {
        int[] ids = found.page().stream().mapToInt(d -> d.doc).toArray();
        List<MarkedText[]> marks = found.text() == null || ids.length == 0 ? null
                : Snippets.of(searcher, engine.analyzer(), found.text(), ids);
        StoredFields stored = searcher.storedFields();
        List<SearchResults.Hit> hits = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            Document doc = stored.document(ids[i]);
            String headline = doc.get(SearchFields.HEADLINE);
            MarkedText markedHeadline = marks == null || marks.get(i)[0].isEmpty() ? MarkedText.plain(headline) : marks.get(i)[0];
            MarkedText snippet = marks == null ? MarkedText.plain(lead(doc.get(SearchFields.BODY))) : marks.get(i)[1];
            var published = doc.getField(SearchFields.PUBLISHED);
            hits.add(new SearchResults.Hit(Long.parseLong(doc.get(SearchFields.ID)), doc.get(SearchFields.SLUG), markedHeadline,
                    doc.get(SearchFields.SECTION), doc.get(SearchFields.SECTION_NAME),
                    published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()), snippet));
        }
        return new SearchResults(request, new PageOf<>(hits, request.page(), request.size(), found.counts().total),
                FacetCounter.facets(found.counts()), didYouMean);
    }

    /** The first words of a body, for results without words to mark (a filter-only search). */
    static String lead(String body) {
        if (body == null || body.length() <= Snippets.SNIPPET_CHARS) {
            return body == null ? "" : body;
        }
        int cut = body.lastIndexOf(' ', Snippets.SNIPPET_CHARS);
        return body.substring(0, cut > 0 ? cut : Snippets.SNIPPET_CHARS) + " …";
    }
}
