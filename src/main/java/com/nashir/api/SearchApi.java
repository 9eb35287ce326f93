package com.nashir.api;

import com.nashir.address.Permalinks;
import com.nashir.search.SearchRequest;
import com.nashir.search.SearchResults;
import com.nashir.search.SiteSearch;
import com.nashir.search.Suggestion;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public search over published articles: {@code GET /api/v1/search?q=…} (with the page's filters,
 * {@code sort=date}, {@code page}, {@code perPage}) and autocomplete
 * {@code GET /api/v1/search/suggest?q=…}. They read only what the public site shows, so they need
 * no token ({@link ApiAuthFilter} lets them through).
 */
@RestController
class SearchApi {
    static final String PATH = "/api/v1/search";
    static final String SUGGEST_PATH = "/api/v1/search/suggest";
    private static final int MAX_PER_PAGE = 50;

    private final SiteSearch search;
    private final ApiShapes shapes;

    SearchApi(SiteSearch search, ApiShapes shapes) {
        this.search = search;
        this.shapes = shapes;
    }

    @GetMapping(PATH)
    Map<String, Object> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String author,
            @RequestParam(required = false) String desk,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String perPage) {
        int size = Paging.of(null, perPage).perPage();
        if (size > MAX_PER_PAGE) {
            throw new InvalidInputException("perPage", Messages.text("api.search.per-page-out-of-range", MAX_PER_PAGE));
        }
        SearchRequest request = SearchRequest.of(q, section, tag, author, desk, from, to, sort, page, size);
        if (request.isEmpty()) {
            throw new InvalidInputException("q", Messages.text("api.search.empty"));
        }
        SearchResults r = search.search(request);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", request.text());
        out.put("sort", request.newestFirst() ? "date" : "relevance");
        out.put("items", r.page().items().stream().map(this::hit).toList());
        out.put("page", r.page().page());
        out.put("perPage", r.page().size());
        out.put("total", r.page().total());
        // "gte": more matched than `total` (a search counts at most 10,000 matches, or the node is still
        // building its index), as search engines' APIs say it.
        out.put("totalRelation", r.totalExact() ? "eq" : "gte");
        out.put("totalPages", Math.min(r.page().totalPages(), SearchRequest.MAX_PAGE));
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("sections", facets(r.facets().sections()));
        facets.put("years", facets(r.facets().years()));
        facets.put("tags", facets(r.facets().tags()));
        facets.put("authors", facets(r.facets().authors()));
        // null: counted over every match; a number: over the newest that many (more matched).
        facets.put("newest", r.facets().everyMatch() ? null : r.facets().newest());
        out.put("facets", facets);
        out.put("didYouMean", r.didYouMean());
        return out;
    }

    @GetMapping(SUGGEST_PATH)
    Map<String, Object> suggest(@RequestParam(required = false) String q) {
        List<Suggestion> found = search.suggest(q);
        return Map.of(
                "items",
                found.stream()
                        .map(s -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("id", s.id());
                            m.put("headline", s.headline());
                            m.put("url", shapes.url(Permalinks.article(s.id(), s.slug())));
                            return m;
                        })
                        .toList());
    }

    private Map<String, Object> hit(SearchResults.Hit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("url", shapes.url(Permalinks.article(h.id(), h.slug())));
        m.put("headline", h.headline().text());
        m.put("headlineHtml", h.headline().html());
        m.put("section", Map.of("slug", h.sectionSlug(), "name", h.sectionName()));
        m.put("publishedAt", shapes.time(h.publishedAt()));
        m.put("snippetHtml", h.snippet().html());
        return m;
    }

    private static List<Map<String, Object>> facets(List<SearchResults.FacetValue> values) {
        return values.stream()
                .map(f -> Map.<String, Object>of("key", f.key(), "label", f.label(), "count", f.count()))
                .toList();
    }
}
