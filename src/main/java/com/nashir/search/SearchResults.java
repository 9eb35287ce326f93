package com.nashir.search;

import com.nashir.system.PageOf;
import java.time.Instant;
import java.util.List;

/**
 * One page of search results with facet counts, and a spelling suggestion ("هل تقصد") when
 * nothing matched but a close spelling does. The page's total is exact when {@code totalExact};
 * otherwise more than that many match: a search counts at most {@link FacetCounter#BOUND}
 * matches (then its facets count the newest that many: {@link Facets#newest}), or the node is
 * still building its index ({@code building}: first start, or an upgrade that changed the
 * index's layout).
 */
public record SearchResults(
        SearchRequest request,
        PageOf<Hit> page,
        boolean totalExact,
        Facets facets,
        String didYouMean,
        boolean building) {

    public SearchResults(
            SearchRequest request, PageOf<Hit> page, boolean totalExact, Facets facets, String didYouMean) {
        this(request, page, totalExact, facets, didYouMean, false);
    }

    /** One matching article as a result list shows it. */
    public record Hit(
            long id,
            String slug,
            MarkedText headline,
            String sectionSlug,
            String sectionName,
            Instant publishedAt,
            MarkedText snippet) {}

    /**
     * How many matches fall in each section, year, tag and author (largest first): over every match when
     * {@code newest} is 0, else over the newest {@code newest} matches (more matched than that). An article signed by a
     * desk counts for no author.
     */
    public record Facets(
            List<FacetValue> sections,
            List<FacetValue> years,
            List<FacetValue> tags,
            List<FacetValue> authors,
            long newest) {
        public static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of(), 0);

        /** Whether the counts cover every match (not only the newest {@link #newest}). */
        public boolean everyMatch() {
            return newest == 0;
        }
    }

    /** {@code key} filters (a slug or a year), {@code label} is shown. */
    public record FacetValue(String key, String label, long count) {}

    static SearchResults empty(SearchRequest request) {
        return new SearchResults(
                request, new PageOf<>(List.of(), request.page(), request.size(), 0), true, Facets.NONE, null);
    }
}
