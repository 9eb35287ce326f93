package com.nashir.web;

import com.nashir.address.Permalinks;
import com.nashir.author.Author;
import com.nashir.published.PublicArticle;
import com.nashir.site.SiteSettings;
import com.nashir.system.Messages;
import com.nashir.tag.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD for search engines, written by Jackson: {@code NewsArticle} and
 * {@code BreadcrumbList} on article pages, {@code WebSite} (with the search page as a
 * {@code SearchAction}) and {@code Organization} on the home page. {@link #toScript} makes the JSON
 * safe inside a {@code <script>} element: a headline containing {@code </script>} cannot end it.
 */
final class StructuredData {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONTEXT = "https://schema.org";

    private StructuredData() {}

    /**
     * An article page: the article and its breadcrumb (home, section, article). {@code abs} makes a
     * site path absolute.
     */
    static String article(
            PublicArticle a,
            LiveCoverageView coverage,
            SiteSettings site,
            String canonical,
            String description,
            UnaryOperator<String> abs) {
        var fmt = site.fmt();
        Map<String, Object> article = new LinkedHashMap<>();
        // Live coverage is a LiveBlogPosting (a kind of NewsArticle for search engines), its updates in liveBlogUpdate.
        article.put("@type", coverage.shown() ? "LiveBlogPosting" : "NewsArticle");
        article.put("@id", canonical + "#article");
        article.put("headline", a.seo().titleOr(a.headline()));
        if (!a.seo().title().isBlank() && !a.seo().title().equals(a.headline())) {
            article.put("alternativeHeadline", a.headline());
        }
        article.put("description", description);
        article.put("url", canonical);
        article.put("mainEntityOfPage", ordered("@type", "WebPage", "@id", canonical));
        article.put("datePublished", fmt.iso(a.publishedAt()));
        article.put("dateModified", fmt.iso(a.wasUpdated() ? a.updatedAt() : a.publishedAt()));
        article.put("inLanguage", "ar");
        article.put("articleSection", a.section().name());
        if (!a.tags().isEmpty()) {
            article.put("keywords", a.tags().stream().map(Tag::name).toList());
        }
        if (a.image() != null) {
            Map<String, Object> image = new LinkedHashMap<>();
            image.put("@type", "ImageObject");
            image.put("url", abs.apply(a.image().url()));
            if (!a.image().displayCaption().isBlank()) {
                image.put("caption", a.image().displayCaption());
            }
            article.put("image", List.of(image));
        }
        article.put("author", authors(a, abs));
        article.put("publisher", organization(site, abs));
        if (coverage.shown()) {
            liveBlog(article, coverage, canonical);
        }

        List<Map<String, Object>> crumbs = List.of(
                crumb(1, Messages.text("web.breadcrumb.home"), abs.apply("/")),
                crumb(
                        2,
                        a.section().name(),
                        abs.apply(Permalinks.section(a.section().slug()))),
                crumb(3, a.headline(), canonical));
        Map<String, Object> breadcrumb = new LinkedHashMap<>();
        breadcrumb.put("@type", "BreadcrumbList");
        breadcrumb.put("itemListElement", crumbs);
        return toScript(graph(article, breadcrumb));
    }

    private static void liveBlog(Map<String, Object> article, LiveCoverageView coverage, String canonical) {
        List<LiveUpdateView> all = new java.util.ArrayList<>(coverage.updates());
        if (coverage.key() != null) {
            all.add(coverage.key());
        }
        all.sort(java.util.Comparator.comparing(LiveUpdateView::datetime).reversed());
        String start = all.isEmpty()
                ? article.get("datePublished").toString()
                : all.get(all.size() - 1).datetime();
        article.put("coverageStartTime", start);
        if (!coverage.live()) {
            article.put("coverageEndTime", article.get("dateModified"));
        }
        List<Map<String, Object>> posts = new java.util.ArrayList<>();
        for (LiveUpdateView u : all) {
            Map<String, Object> post = new LinkedHashMap<>();
            post.put("@type", "BlogPosting");
            post.put("@id", canonical + "#update-" + u.id());
            post.put("url", canonical + "#update-" + u.id());
            String text = org.jsoup.Jsoup.parse(u.html()).text();
            post.put("headline", text.length() > 110 ? text.substring(0, 109) + "…" : text);
            post.put("articleBody", text);
            post.put("datePublished", u.datetime());
            post.put("author", ordered("@type", "Person", "name", u.author()));
            posts.add(post);
        }
        article.put("liveBlogUpdate", posts);
    }

    /** The home page: the site, searchable at /search?q=, and the organization behind it. */
    static String home(SiteSettings site, UnaryOperator<String> abs) {
        Map<String, Object> website = new LinkedHashMap<>();
        website.put("@type", "WebSite");
        website.put("@id", abs.apply("/") + "#website");
        website.put("name", site.name());
        if (!site.tagline().isBlank()) {
            website.put("description", site.tagline());
        }
        website.put("url", abs.apply("/"));
        website.put("inLanguage", "ar");
        website.put("publisher", ordered("@id", abs.apply("/") + "#organization"));
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("@type", "SearchAction");
        action.put(
                "target",
                ordered(
                        "@type",
                        "EntryPoint",
                        "urlTemplate",
                        abs.apply(Permalinks.searchTemplate("{search_term_string}"))));
        action.put("query-input", "required name=search_term_string");
        website.put("potentialAction", action);
        return toScript(graph(website, organization(site, abs)));
    }

    /**
     * JSON for a {@code <script type="application/ld+json">} element: {@code <}, {@code >} and
     * {@code &} become {@code \u003c}, {@code \u003e}, {@code \u0026} (the same string to a JSON
     * reader), so no value can close the element or open a comment; U+2028/2029 are escaped too.
     */
    static String toScript(Object value) {
        String json = JSON.writeValueAsString(value);
        // Most pages have none of these: five intrinsic scans rather than a loop over every character.
        if (json.indexOf('<') < 0
                && json.indexOf('>') < 0
                && json.indexOf('&') < 0
                && json.indexOf('\u2028') < 0
                && json.indexOf('\u2029') < 0) {
            return json;
        }
        StringBuilder out = null;
        int from = 0;
        for (int i = 0; i < json.length(); i++) {
            String escaped = switch (json.charAt(i)) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (escaped != null) {
                if (out == null) {
                    out = new StringBuilder(json.length() + 16);
                }
                out.append(json, from, i).append(escaped);
                from = i + 1;
            }
        }
        return out == null ? json : out.append(json, from, json.length()).toString();
    }

    private static Object authors(PublicArticle a, UnaryOperator<String> abs) {
        if (a.byline().isDesk()) {
            Map<String, Object> desk = new LinkedHashMap<>();
            desk.put("@type", "Organization");
            desk.put("name", a.byline().desk().name());
            desk.put("url", abs.apply(Permalinks.desk(a.byline().desk().slug())));
            return List.of(desk);
        }
        List<Map<String, Object>> people = new ArrayList<>();
        for (Author p : a.byline().authors()) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("@type", "Person");
            person.put("name", p.name());
            person.put("url", abs.apply(Permalinks.author(p.slug())));
            people.add(person);
        }
        return people;
    }

    private static Map<String, Object> organization(SiteSettings site, UnaryOperator<String> abs) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("@id", abs.apply("/") + "#organization");
        org.put("name", site.name());
        org.put("url", abs.apply("/"));
        Map<String, Object> logo = new LinkedHashMap<>();
        logo.put("@type", "ImageObject");
        if (site.logo() != null) {
            logo.put("url", abs.apply(site.logo().url()));
            logo.put("width", site.logo().width());
            logo.put("height", site.logo().height());
        } else {
            logo.put("url", abs.apply("/favicon.svg"));
        }
        org.put("logo", logo);
        return org;
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
        return item;
    }

    /** A JSON object with its keys in the order given: the bytes (and the page's ETag) never vary between nodes. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> graph(Object... nodes) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("@context", CONTEXT);
        g.put("@graph", List.of(nodes));
        return g;
    }
}
