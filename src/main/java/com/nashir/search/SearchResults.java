package com.nashir.search;

import com.nashir.system.PageOf;
import java.time.Instant;
import java.util.List;

/**
 * One page of search results with facet counts over all matches, and a spelling suggestion
 * ("هل تقصد") when nothing matched but a close spelling does. The page's total is exact when
 * {@code totalExact}; otherwise at least that many match: the node is still building its index
 * (first start, or an upgrade that changed the index's layout).
 */
public record SearchResults(
        SearchRequest request, PageOf<Hit> page, boolean totalExact, Facets facets, String didYouMean) {

    /** One matching article as a result list shows it. */
    public record Hit(
            long id,
            String slug,
            MarkedText headline,
            String sectionSlug,
            String sectionName,
            Instant publishedAt,
            MarkedText snippet) {}

    /** How many matches fall in each section, year and tag (largest first). */
    public record Facets(List<FacetValue> sections, List<FacetValue> years, List<FacetValue> tags) {
        public static final Facets NONE = new Facets(List.of(), List.of(), List.of());
    }

    /** {@code key} filters (a slug or a year), {@code label} is shown. */
    public record FacetValue(String key, String label, long count) {}

    static SearchResults empty(SearchRequest request) {
        return new SearchResults(
                request, new PageOf<>(List.of(), request.page(), request.size(), 0), true, Facets.NONE, null);
    }
}
