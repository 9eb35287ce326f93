package com.nashir.wordpress;

import static com.nashir.wordpress.WpLinks.href;
import static com.nashir.wordpress.WpLinks.ordered;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes served, as the index ({@code /wp-json/}) describes them: WordPress's route
 * patterns, GET only, and the parameters each understands (others are ignored).
 */
final class WpRoutes {
    private WpRoutes() {}

    private record Route(String pattern, List<String> args) {}

    private static final List<String> COLLECTION = List.of(
            "context", "page", "per_page", "search", "include", "exclude", "slug", "orderby", "order", "_fields");

    private static final List<Route> ROUTES = List.of(
            new Route("/wp/v2", List.of("namespace", "context")),
            new Route(
                    "/wp/v2/posts",
                    List.of(
                            "context",
                            "page",
                            "per_page",
                            "offset",
                            "search",
                            "after",
                            "before",
                            "modified_after",
                            "modified_before",
                            "author",
                            "include",
                            "exclude",
                            "order",
                            "orderby",
                            "slug",
                            "status",
                            "categories",
                            "tags",
                            "sticky",
                            "_embed",
                            "_fields")),
            new Route("/wp/v2/posts/(?P<id>[\\d]+)", List.of("id", "context", "_embed", "_fields")),
            new Route("/wp/v2/pages", List.of("context", "page", "per_page")),
            new Route("/wp/v2/pages/(?P<id>[\\d]+)", List.of("id", "context")),
            new Route("/wp/v2/media", List.of("context", "page", "per_page", "media_type", "_fields")),
            new Route("/wp/v2/media/(?P<id>[\\d]+)", List.of("id", "context", "_fields")),
            new Route("/wp/v2/categories", concat(COLLECTION, List.of("hide_empty", "parent", "post"))),
            new Route("/wp/v2/categories/(?P<id>[\\d]+)", List.of("id", "context", "_fields")),
            new Route("/wp/v2/tags", concat(COLLECTION, List.of("hide_empty", "post"))),
            new Route("/wp/v2/tags/(?P<id>[\\d]+)", List.of("id", "context", "_fields")),
            new Route("/wp/v2/users", COLLECTION),
            new Route("/wp/v2/users/(?P<id>[\\d]+)", List.of("id", "context", "_fields")));

    /** {@code routes} of the index: every route, or those of one namespace. */
    static Map<String, Object> describe(WpSite site, boolean withRoot) {
        Map<String, Object> routes = new LinkedHashMap<>();
        if (withRoot) {
            routes.put("/", route(site, "/", "", List.of("context")));
        }
        for (Route r : ROUTES) {
            routes.put(r.pattern(), route(site, r.pattern(), WpSite.NAMESPACE, r.args()));
        }
        return routes;
    }

    private static Map<String, Object> route(WpSite site, String pattern, String namespace, List<String> args) {
        Map<String, Object> described = new LinkedHashMap<>();
        for (String arg : args) {
            described.put(arg, ordered("required", arg.equals("id")));
        }
        Map<String, Object> route = ordered(
                "namespace",
                namespace,
                "methods",
                List.of("GET"),
                "endpoints",
                List.of(ordered("methods", List.of("GET"), "args", described)));
        if (!pattern.contains("(")) {
            route.put("_links", ordered("self", href(site.api(pattern))));
        }
        return route;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
