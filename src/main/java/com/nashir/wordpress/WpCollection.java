package com.nashir.wordpress;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The paging headers of a WordPress collection: {@code X-WP-Total}, {@code X-WP-TotalPages}
 * (0 for an empty collection, as WordPress counts) and {@code Link} with rel="prev"/"next",
 * which repeat the request's own parameters with another page.
 */
final class WpCollection {
    private WpCollection() {}

    static int totalPages(long total, int perPage) {
        return (int) ((total + perPage - 1) / perPage);
    }

    static HttpHeaders headers(
            WpSite site, HttpServletRequest request, String route, long total, int page, int perPage) {
        int pages = totalPages(total, perPage);
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-WP-Total", Long.toString(total));
        headers.set("X-WP-TotalPages", Integer.toString(pages));
        List<String> links = new ArrayList<>();
        if (page > 1 && pages > 0) {
            links.add("<" + pageUrl(site, request, route, Math.min(page - 1, pages)) + ">; rel=\"prev\"");
        }
        if (page < pages) {
            links.add("<" + pageUrl(site, request, route, page + 1) + ">; rel=\"next\"");
        }
        if (!links.isEmpty()) {
            headers.set(HttpHeaders.LINK, String.join(", ", links));
        }
        return headers;
    }

    private static String pageUrl(WpSite site, HttpServletRequest request, String route, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(site.api(route));
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            if (!p.getKey().equals("page") && !p.getKey().equals(RestRouteFilter.PARAM)) {
                for (String value : p.getValue()) {
                    url.queryParam(p.getKey(), value);
                }
            }
        }
        return url.queryParam("page", page).build().encode().toUriString();
    }
}
