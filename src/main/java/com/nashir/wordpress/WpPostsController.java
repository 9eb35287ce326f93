package com.nashir.wordpress;

import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.published.PublicArticle;
import com.nashir.published.PublicFilter;
import com.nashir.published.PublishedArticles;
import com.nashir.search.SearchRequest;
import com.nashir.search.SiteSearch;
import com.nashir.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /wp-json/wp/v2/posts}: public articles only, through {@link PublishedArticles}.
 * {@code search} runs the site's Lucene search (Arabic analysis, recency ranking) and keeps
 * its best {@value #SEARCH_LIMIT} matches, which the other filters then narrow.
 */
@RestController
class WpPostsController {
    static final String ROUTE = "/wp/v2/posts";
    static final int SEARCH_LIMIT = 1000;
    private static final List<String> ORDERBY =
            List.of("date", "id", "title", "relevance", "modified", "slug", "include");

    private final PublishedArticles published;
    private final SiteSearch search;
    private final WpPosts posts;
    private final WpSite site;
    private final WpResponses responses;

    WpPostsController(
            PublishedArticles published, SiteSearch search, WpPosts posts, WpSite site, WpResponses responses) {
        this.published = published;
        this.search = search;
        this.posts = posts;
        this.site = site;
        this.responses = responses;
    }

    @GetMapping(WpSite.ROOT + ROUTE)
    ResponseEntity<byte[]> list(HttpServletRequest request) {
        WpParams p = new WpParams(request);
        int page = p.page();
        int perPage = p.perPage();
        String text = p.text("search") == null ? "" : p.text("search").strip();
        boolean searching = !text.isEmpty();
        if (text.length() > SearchRequest.MAX_TEXT) {
            p.fail(
                    "search",
                    Messages.text(
                            "wordpress.search.too-long",
                            ArabicCount.after(SearchRequest.MAX_TEXT, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        }
        String orderby = p.oneOf("orderby", searching ? "relevance" : "date", ORDERBY);
        boolean ascending = "asc".equals(p.oneOf("order", "desc", List.of("asc", "desc")));
        List<Long> include = p.ids("include");
        Set<Long> exclude = Set.copyOf(p.ids("exclude"));
        Set<Long> categories = Set.copyOf(p.ids("categories"));
        Set<Long> tags = Set.copyOf(p.ids("tags"));
        Set<Long> authors = new HashSet<>();
        Set<Long> desks = new HashSet<>();
        for (long id : p.ids("author")) {
            (WpUsers.isDesk(id) ? desks : authors).add(WpUsers.isDesk(id) ? WpUsers.deskId(id) : id);
        }
        Set<String> slugs = Set.copyOf(WpSlugs.decoded(p.list("slug")));
        Instant after = p.dateTime("after", site.zone());
        Instant before = p.dateTime("before", site.zone());
        Instant modifiedAfter = p.dateTime("modified_after", site.zone());
        Instant modifiedBefore = p.dateTime("modified_before", site.zone());
        // As in WordPress, an offset replaces the page: the items from the offset-th match on.
        Integer offset = p.has("offset") ? p.integer("offset", 0, 0, Integer.MAX_VALUE) : null;
        // Nashir has no sticky posts (every post says "sticky": false): sticky=true lists none, false lists all.
        boolean stickyOnly = p.has("sticky") && p.bool("sticky", false);
        for (String status : p.list("status")) {
            if (!status.equals("publish")) {
                p.fail("status", Messages.text("wordpress.status.publish-only"));
            }
        }
        p.throwIfInvalid();
        if (orderby.equals("relevance") && !searching) {
            throw new WpError(
                    "rest_no_search_term_defined", 400, Messages.text("wordpress.orderby.relevance-needs-search"));
        }
        if (orderby.equals("include") && include.isEmpty()) {
            throw new WpError(
                    "rest_orderby_include_missing_include", 400, Messages.text("wordpress.orderby.include-missing"));
        }
        WpFields fields = WpFields.of(p);
        if (stickyOnly) {
            return answer(List.of(), 0, 1, perPage, fields, request);
        }

        Set<Long> ids = new LinkedHashSet<>(include);
        List<Long> rank = orderby.equals("include") ? include : null;
        if (searching) {
            List<Long> matches = search.rankedIds(text, SEARCH_LIMIT);
            ids = include.isEmpty()
                    ? new LinkedHashSet<>(matches)
                    : new LinkedHashSet<>(
                            include.stream().filter(matches::contains).toList());
            if (orderby.equals("relevance")) {
                rank = matches;
            }
            if (ids.isEmpty()) {
                return answer(List.of(), 0, offset == null ? page : 1, perPage, fields, request);
            }
        }
        PublicFilter.Order order = switch (orderby) {
            case "id" -> PublicFilter.Order.ID;
            case "title" -> PublicFilter.Order.TITLE;
            case "modified" -> PublicFilter.Order.MODIFIED;
            case "slug" -> PublicFilter.Order.SLUG;
            default -> PublicFilter.Order.DATE;
        };
        PublicFilter filter = new PublicFilter(
                ids,
                exclude,
                categories,
                tags,
                authors,
                desks,
                slugs,
                after,
                before,
                modifiedAfter,
                modifiedBefore,
                order,
                ascending);
        long start = offset != null ? offset : (long) (page - 1) * perPage;
        if (rank != null) {
            // Ranked outside the database (search relevance, the include list): filter there, order and page here.
            Set<Long> passing = new HashSet<>(published.ids(filter));
            List<Long> ordered =
                    new ArrayList<>(rank.stream().filter(passing::contains).toList());
            if (ascending && orderby.equals("relevance")) {
                java.util.Collections.reverse(ordered);
            }
            int from = (int) Math.min(ordered.size(), start);
            List<PublicArticle> items =
                    published.wholeByIds(ordered.subList(from, Math.min(ordered.size(), from + perPage)));
            return answer(items, ordered.size(), offset == null ? page : 1, perPage, fields, request);
        }
        if (start + perPage > PublishedArticles.MAX_DEPTH) {
            // Reading page N costs its offset, so listings stop at a depth, as WordPress hosts cap them; older
            // posts are reached by date, which reads one index range however old they are.
            p.fail(
                    offset != null ? "offset" : "page",
                    Messages.text(
                            "wordpress.listing.too-deep",
                            com.nashir.arabic.ArabicCount.after(
                                    PublishedArticles.MAX_DEPTH,
                                    com.nashir.arabic.CountedNoun.ARTICLE,
                                    com.nashir.arabic.DigitStyle.WESTERN)));
            p.throwIfInvalid();
        }
        var found = published.slice(filter, start, perPage);
        return answer(found.items(), found.total(), offset == null ? page : 1, perPage, fields, request);
    }

    @GetMapping(WpSite.ROOT + ROUTE + "/{id:\\d+}")
    ResponseEntity<byte[]> one(@PathVariable String id, HttpServletRequest request) {
        WpParams p = new WpParams(request);
        p.throwIfInvalid();
        PublicArticle article =
                parse(id) == null ? null : published.byId(parse(id)).orElse(null);
        if (article == null) {
            throw new WpError("rest_post_invalid_id", 404, Messages.text("wordpress.post.not-found"));
        }
        return responses.ok(posts.post(article, WpFields.of(p)), request);
    }

    private ResponseEntity<byte[]> answer(
            List<PublicArticle> items, long total, int page, int perPage, WpFields fields, HttpServletRequest request) {
        if (total > 0 && page > WpCollection.totalPages(total, perPage)) {
            throw new WpError("rest_post_invalid_page_number", 400, Messages.text("wordpress.page-number.too-large"));
        }
        List<Map<String, Object>> body = posts.posts(items, fields);
        return responses.ok(body, WpCollection.headers(site, request, ROUTE, total, page, perPage), request);
    }

    static Long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
