package com.nashir.search;

import com.nashir.system.PageOf;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * The read side of the index: a query with its filters, ranked for news (field weights and
 * recency) or by date, one page of hits with highlights, and facet counts over every match up to
 * a bound, else over the newest matches ({@link NewestMatches}, which also ranks a relevance
 * page; facets cached for a few seconds: {@link SearchEngine#facets}).
 */
final class IndexQueries {

    /** The stored fields a result shows (the body only for a lead when nothing is marked). */
    private static final Set<String> SHOWN = Set.of(
            SearchFields.ID,
            SearchFields.SLUG,
            SearchFields.HEADLINE,
            SearchFields.SECTION,
            SearchFields.SECTION_NAME,
            SearchFields.PUBLISHED);

    private IndexQueries() {}

    /** The fields results mark: the highlighter looks up only their terms. */
    private static final java.util.Map<String, Float> HIGHLIGHTED =
            java.util.Map.of(SearchFields.HEADLINE, 1f, SearchFields.BODY, 1f);

    /**
     * What one search found: the page's documents, how many matched ({@link TotalHits}: exact, or
     * a lower bound past {@code countUpTo}) and the query to mark. (The facets are counted apart from it:
     * {@link FacetCounter}.)
     */
    record Found(List<ScoreDoc> page, TotalHits total, Query text) {
        static final Found NOTHING = new Found(List.of(), new TotalHits(0, TotalHits.Relation.EQUAL_TO), null);
    }

    /**
     * Runs the text query (null: every document) within {@code filter}. What matches is decided
     * on the one catch-all text field; relevance order adds to its score the headline's
     * ({@link SearchFields#HEADLINE_BOOST}) and {@link RecencyBoost}'s freshness bonus. Both
     * orders count matches exactly only up to {@code countUpTo}, which lets Lucene skip the
     * documents that cannot reach the page (block-max WAND for relevance, the publication-time
     * points for date order).
     */
    static Found run(
            IndexSearcher searcher,
            SearchEngine engine,
            String text,
            Query filter,
            boolean newestFirst,
            int page,
            int size,
            Instant now,
            Duration halfLife,
            int countUpTo)
            throws IOException {
        return run(
                searcher,
                engine,
                text,
                filter,
                newestFirst ? SearchFields.NEWEST_FIRST : null,
                page,
                size,
                now,
                halfLife,
                countUpTo);
    }

    /** The same in a given field order ({@code order}); null orders by relevance (by date when there is no text). */
    static Found run(
            IndexSearcher searcher,
            SearchEngine engine,
            String text,
            Query filter,
            org.apache.lucene.search.Sort order,
            int page,
            int size,
            Instant now,
            Duration halfLife,
            int countUpTo)
            throws IOException {
        org.apache.lucene.analysis.Analyzer analyzer = engine.queryAnalyzer(searcher);
        Query textQuery = text.isEmpty() ? null : QueryText.parse(text, analyzer, SearchFields.MATCHED);
        if (!text.isEmpty() && textQuery == null) {
            return Found.NOTHING;
        }
        Query matching = matching(filter, textQuery);
        TopDocs top;
        if (order != null || textQuery == null) {
            top = searcher.search(
                    matching,
                    new TopFieldCollectorManager(
                            order != null ? order : SearchFields.NEWEST_FIRST, page * size, null, countUpTo));
        } else {
            top = searcher.search(
                    ranked(filter, textQuery, text, analyzer, now, halfLife),
                    new TopScoreDocCollectorManager(page * size, null, countUpTo));
        }
        return new Found(
                pageOf(List.of(top.scoreDocs), page, size),
                top.totalHits,
                textQuery == null ? null : highlighted(text, analyzer));
    }

    /**
     * Relevance order: {@code textQuery} (the text's words on the catch-all field) within {@code filter}, its score
     * plus the headline's ({@link SearchFields#HEADLINE_BOOST}) and {@link RecencyBoost}'s freshness bonus.
     */
    static Query ranked(
            Query filter,
            Query textQuery,
            String text,
            org.apache.lucene.analysis.Analyzer analyzer,
            Instant now,
            Duration halfLife) {
        BooleanQuery.Builder ranked = new BooleanQuery.Builder()
                .add(filter, BooleanClause.Occur.FILTER)
                .add(textQuery, BooleanClause.Occur.MUST)
                .add(RecencyBoost.clause(now.toEpochMilli(), halfLife), BooleanClause.Occur.SHOULD);
        Query headline = QueryText.parseAny(text, analyzer, SearchFields.HEADLINE_BOOST);
        if (headline != null) {
            ranked.add(headline, BooleanClause.Occur.SHOULD);
        }
        return ranked.build();
    }

    /** What the results mark of {@code text}: its words in the headline and the body. */
    static Query highlighted(String text, org.apache.lucene.analysis.Analyzer analyzer) {
        return QueryText.parse(text, analyzer, HIGHLIGHTED);
    }

    /** Page {@code page} of {@code size} of the best-first {@code docs} (which hold at least the pages before it). */
    static List<ScoreDoc> pageOf(List<ScoreDoc> docs, int page, int size) {
        return docs.subList(Math.min(docs.size(), (page - 1) * size), docs.size());
    }

    /**
     * One search within {@code visibility} (who may see what) and the request's filters, with
     * facet counts, and a spelling suggestion when nothing matched but a corrected query would.
     * The count covers every match up to {@link FacetCounter#BOUND} (past it, the newest that
     * many, and the total shown is "more than"), and a relevance page is the best of the matches
     * counted.
     */
    static SearchResults search(
            SearchEngine engine,
            SearchRequest request,
            java.util.function.Supplier<BooleanQuery.Builder> visibility,
            Instant now,
            Duration halfLife) {
        return search(engine, request, visibility, now, halfLife, FacetCounter.BOUND);
    }

    /**
     * The same, counting at most {@code countBound} matches for the total and the facets
     * ({@link NewestMatches}); {@link Integer#MAX_VALUE} counts every match, as before the
     * bound (the benchmark measures both).
     */
    static SearchResults search(
            SearchEngine engine,
            SearchRequest request,
            java.util.function.Supplier<BooleanQuery.Builder> visibility,
            Instant now,
            Duration halfLife,
            int countBound) {
        return search(engine, request, visibility, now, halfLife, countBound, null);
    }

    /**
     * The same, with a part of the work on {@code spare} (null: none; {@link SpareProcessor}): half of the index
     * read, and the facets counted while the page is highlighted. The results are the same either way.
     */
    static SearchResults search(
            SearchEngine engine,
            SearchRequest request,
            java.util.function.Supplier<BooleanQuery.Builder> visibility,
            Instant now,
            Duration halfLife,
            int countBound,
            java.util.concurrent.Executor spare) {
        return engine.withSearcher(searcher -> {
            Query filter = SearchFilters.withRequest(visibility.get(), request, engine.zone());
            int upTo = request.page() * request.size();
            // Counted first: past the bound a page within it is ranked among the matches counted (the newest
            // countBound), which the total and facets speak of, so that a search's work stays bounded however many
            // articles hold its words (ranking every match of two common words was three fifths of a search at a
            // million). A page deeper than the bound (a bound set below the deepest page) still ranks every match.
            org.apache.lucene.analysis.Analyzer analyzer = engine.queryAnalyzer(searcher);
            Query textQuery =
                    request.text().isEmpty() ? null : QueryText.parse(request.text(), analyzer, SearchFields.MATCHED);
            boolean searchable = request.text().isEmpty() || textQuery != null;
            Query matching = matching(filter, textQuery);
            // Facets are the same on every page and in both orders: cached by what filters the matches.
            FacetKey key = new FacetKey(
                    request.text(),
                    request.section(),
                    request.tag(),
                    request.author(),
                    request.desk(),
                    request.from(),
                    request.to(),
                    countBound);
            FacetCounter.Counted counted;
            Found found;
            if (textQuery != null && !request.newestFirst() && countBound != Integer.MAX_VALUE && upTo <= countBound) {
                // Relevance order within the bound: the pass that keeps the matches to count also scores them and the
                // page is the best of those, so the matches are found once, not once to count and again to rank (each
                // was a third of an uncached search at a million). Counts made moments ago (the same search's next
                // page, a reader coming back) are taken from the cache, but the page is still ranked in the pass:
                // ranking apart within what they counted (Lucene's block-max WAND, which skips what cannot reach the
                // page) was dearer than the pass once a spare processor reads half of it (in-process at a million,
                // 2026-12-07: a search with cached counts 3.8–4.5 ms p50 ranked apart, 2.4–2.5 in the pass; about
                // equal without one).
                NewestMatches newest = NewestMatches.find(
                        searcher,
                        ranked(filter, textQuery, request.text(), analyzer, now, halfLife),
                        countBound,
                        true,
                        spare);
                found = new Found(
                        pageOf(newest.best(upTo), request.page(), request.size()),
                        new TotalHits(
                                newest.total(),
                                newest.exact()
                                        ? TotalHits.Relation.EQUAL_TO
                                        : TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO),
                        highlighted(request.text(), analyzer));
                // The counts and the page's highlights need each other's result only at the end (cached counts are
                // taken here: handing a lookup over costs more than it).
                SpareProcessor.Started<FacetCounter.Counted> counting = SpareProcessor.start(
                        engine.cachedFacets(searcher, key) == null ? spare : null,
                        () -> engine.facets(searcher, key, () -> newest.counted(searcher.getIndexReader())));
                List<SearchResults.Hit> hits;
                try {
                    hits = hits(searcher, engine, found);
                } catch (IOException | RuntimeException e) {
                    counting.settle();
                    throw e;
                }
                counted = counting.result();
                return results(
                        request,
                        hits,
                        counted,
                        newest.total() == 0 ? didYouMean(searcher, engine, request, filter, now, halfLife) : null);
            } else {
                counted = !searchable
                        ? FacetCounter.Counted.NONE
                        : engine.facets(
                                searcher,
                                key,
                                () -> countBound == Integer.MAX_VALUE
                                        ? FacetCounter.counted(
                                                searcher.search(matching, new FacetCounter(searcher.getIndexReader())))
                                        : FacetCounter.bounded(searcher, matching, countBound));
                found = counted.total() == 0
                        ? Found.NOTHING
                        : run(
                                searcher,
                                engine,
                                request.text(),
                                rankedWithin(filter, counted, upTo, countBound),
                                request.newestFirst(),
                                request.page(),
                                request.size(),
                                now,
                                halfLife,
                                upTo);
            }
            return results(
                    request,
                    hits(searcher, engine, found),
                    counted,
                    counted.total() == 0 ? didYouMean(searcher, engine, request, filter, now, halfLife) : null);
        });
    }

    /** A corrected text that would find something, for a search that found nothing; null when there is none. */
    private static String didYouMean(
            IndexSearcher searcher,
            SearchEngine engine,
            SearchRequest request,
            Query filter,
            Instant now,
            Duration halfLife)
            throws IOException {
        if (request.text().isEmpty()) {
            return null;
        }
        String corrected = Spelling.correct(searcher.getIndexReader(), engine.analyzer(), request.text());
        if (corrected != null
                && run(searcher, engine, corrected, filter, true, 1, 1, now, halfLife, 1)
                                .total()
                                .value
                        > 0) {
            return corrected;
        }
        return null;
    }

    /**
     * What a page of {@code upTo} results is ranked within: {@code filter}, and past the count bound only the matches
     * counted (published from {@code counted.since()} on), unless the page reaches deeper than the bound.
     */
    static Query rankedWithin(Query filter, FacetCounter.Counted counted, int upTo, int countBound) {
        if (counted.exact() || upTo > countBound) {
            return filter;
        }
        return new BooleanQuery.Builder()
                .add(filter, BooleanClause.Occur.FILTER)
                .add(SearchFilters.publishedBetween(counted.since(), Long.MAX_VALUE), BooleanClause.Occur.FILTER)
                .build();
    }

    /** The matches of a search: within {@code filter}, with the text's words when there are some (null: none). */
    static Query matching(Query filter, Query textQuery) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(filter, BooleanClause.Occur.FILTER);
        if (textQuery != null) {
            all.add(textQuery, BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    /** What a search's facet counts depend on (besides the index version and the time). */
    private record FacetKey(
            String text,
            String section,
            String tag,
            String author,
            String desk,
            LocalDate from,
            LocalDate to,
            int bound) {}

    /** The page's hits: stored fields plus highlighted headline and snippet. */
    static List<SearchResults.Hit> hits(IndexSearcher searcher, SearchEngine engine, Found found) throws IOException {
        int[] ids = found.page().stream().mapToInt(d -> d.doc).toArray();
        Snippets.Marked marked = found.text() == null || ids.length == 0
                ? null
                : Snippets.of(searcher, engine.analyzer(), found.text(), ids, SHOWN);
        StoredFields stored = searcher.storedFields();
        List<SearchResults.Hit> hits = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            Document doc = marked == null ? null : marked.stored().get(ids[i]);
            if (doc == null) {
                Set<String> fields = new HashSet<>(SHOWN);
                fields.add(SearchFields.BODY);
                DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(fields);
                stored.document(ids[i], visitor);
                doc = visitor.getDocument();
            }
            String headline = doc.get(SearchFields.HEADLINE);
            MarkedText markedHeadline =
                    marked == null || marked.marks().get(i)[0].isEmpty()
                            ? MarkedText.plain(headline)
                            : marked.marks().get(i)[0];
            MarkedText snippet = marked == null
                    ? MarkedText.plain(lead(doc.get(SearchFields.BODY)))
                    : marked.marks().get(i)[1];
            var published = doc.getField(SearchFields.PUBLISHED);
            hits.add(new SearchResults.Hit(
                    Long.parseLong(doc.get(SearchFields.ID)),
                    doc.get(SearchFields.SLUG),
                    markedHeadline,
                    doc.get(SearchFields.SECTION),
                    doc.get(SearchFields.SECTION_NAME),
                    published == null
                            ? null
                            : Instant.ofEpochMilli(published.numericValue().longValue()),
                    snippet));
        }
        return hits;
    }

    /** The page's hits with the counts and facets. */
    static SearchResults results(
            SearchRequest request, List<SearchResults.Hit> hits, FacetCounter.Counted counted, String didYouMean) {
        return new SearchResults(
                request,
                new PageOf<>(hits, request.page(), request.size(), counted.total()),
                counted.exact(),
                counted.facets(),
                didYouMean);
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
