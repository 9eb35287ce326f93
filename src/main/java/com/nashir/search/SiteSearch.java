package com.nashir.search;

import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.published.PublishedArticles;
import com.nashir.system.Messages;
import com.nashir.system.PageOf;
import com.nashir.system.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Search for readers (the public site and the public API): published articles only. The index
 * filters by status and publication time, and every hit is confirmed by
 * {@link PublishedArticles} before it is returned, so a draft cannot show even if the index
 * lags behind the database.
 */
@Service
public class SiteSearch {
    public static final int SUGGESTIONS = 8;

    private final SearchIndex index;
    private final PublishedArticles published;
    private final Clock clock;
    private final SpareProcessor spare;
    private final Duration halfLife;
    /** The most matches a search counts ({@link FacetCounter#bounded}). */
    private volatile int countBound;

    SiteSearch(
            SearchIndex index,
            PublishedArticles published,
            Clock clock,
            SpareProcessor spare,
            @Value("${nashir.search.half-life:30d}") Duration halfLife,
            @Value("${nashir.search.count-bound:" + FacetCounter.BOUND + "}") int countBound) {
        this.index = index;
        this.published = published;
        this.clock = clock;
        this.spare = spare;
        this.halfLife = halfLife;
        if (countBound < 1) {
            throw new IllegalArgumentException("nashir.search.count-bound must be at least 1: " + countBound);
        }
        this.countBound = countBound;
    }

    /** Changes the bound (tests: a few articles over a bound of a few); returns the previous one. */
    int countBound(int bound) {
        int before = countBound;
        countBound = bound;
        return before;
    }

    public Duration halfLife() {
        return halfLife;
    }

    public SearchResults search(SearchRequest request) {
        if (request.isEmpty()) {
            return SearchResults.empty(request);
        }
        Instant now = clock.instant();
        SearchResults found = index.with(
                engine -> IndexQueries.search(
                        engine, request, () -> SearchFilters.published(now), now, halfLife, countBound, spare.now()),
                SearchResults.empty(request));
        Set<Long> visible = published.publicIds(
                found.page().items().stream().map(SearchResults.Hit::id).toList());
        List<SearchResults.Hit> hits = found.page().items().stream()
                .filter(h -> visible.contains(h.id()))
                .toList();
        // While this node builds its index (first start, an upgrade), the count is only "at least".
        boolean complete = index.ready();
        if (hits.size() == found.page().items().size() && complete) {
            return found;
        }
        long total = found.page().total() - (found.page().items().size() - hits.size());
        return new SearchResults(
                request,
                new PageOf<>(hits, request.page(), request.size(), total),
                found.totalExact() && complete,
                found.facets(),
                found.didYouMean(),
                !complete);
    }

    /**
     * The ids of published articles matching {@code text}, best first (text relevance times
     * recency, as the site's search ranks them), at most {@code limit}; for callers that filter
     * and page the matches themselves. Empty for a text without searchable words.
     *
     * @throws com.nashir.system.InvalidInputException ("q") for a text over {@link SearchRequest#MAX_TEXT} characters
     */
    public List<Long> rankedIds(String text, int limit) {
        String clean = QueryText.clean(text);
        Validation.check(
                clean.length() <= SearchRequest.MAX_TEXT,
                "q",
                Messages.text(
                        "search.text.too-long",
                        ArabicCount.after(SearchRequest.MAX_TEXT, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        if (clean.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Long> found = index.with(
                engine -> engine.withSearcher(searcher -> {
                    IndexQueries.Found hits = IndexQueries.run(
                            searcher,
                            engine,
                            clean,
                            SearchFilters.published(now).build(),
                            false,
                            1,
                            limit,
                            now,
                            halfLife,
                            limit);
                    var stored = searcher.storedFields();
                    List<Long> ids = new java.util.ArrayList<>(hits.page().size());
                    for (var doc : hits.page()) {
                        ids.add(Long.parseLong(stored.document(doc.doc, Set.of(SearchFields.ID))
                                .get(SearchFields.ID)));
                    }
                    return ids;
                }),
                List.of());
        Set<Long> visible = published.publicIds(found);
        return found.stream().filter(visible::contains).toList();
    }

    /** Published headlines for what has been typed so far ("تطب" → headlines with التطبيع). */
    public List<Suggestion> suggest(String typed) {
        String text = QueryText.clean(typed);
        Validation.check(
                text.length() <= SearchRequest.MAX_TEXT,
                "q",
                Messages.text(
                        "search.suggest.too-long",
                        ArabicCount.after(SearchRequest.MAX_TEXT, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        if (text.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Suggestion> found = index.with(
                engine -> engine.withSearcher(
                        s -> Spelling.complete(s, engine.analyzer(), text, SearchFilters.published(now), SUGGESTIONS)),
                List.of());
        Set<Long> visible =
                published.publicIds(found.stream().map(Suggestion::id).toList());
        return found.stream().filter(s -> visible.contains(s.id())).toList();
    }
}
