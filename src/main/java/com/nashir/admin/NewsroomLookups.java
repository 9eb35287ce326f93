package com.nashir.admin;

import com.nashir.access.Permission;
import com.nashir.address.Permalinks;
import com.nashir.article.ArticleCard;
import com.nashir.article.ArticleStatus;
import com.nashir.article.NewsroomArticles;
import com.nashir.article.NewsroomFilter;
import com.nashir.author.BylineSearch;
import com.nashir.search.NewsroomSearch;
import com.nashir.tag.TagSuggestions;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The small JSON answers the newsroom's pickers ask for while someone types: bylines (authors and
 * desks by name), tags, and published articles by headline (the breaking desk's link). Read-only
 * GETs behind the newsroom's session like every page under /admin; nothing here writes, so there
 * is no CSRF token to carry. Without JavaScript the forms keep their plain fields and never ask.
 */
@Controller
class NewsroomLookups {
    static final int LIMIT = 8;

    private final AdminPages pages;
    private final BylineSearch bylines;
    private final TagSuggestions tags;
    private final NewsroomArticles articles;
    private final NewsroomSearch search;

    NewsroomLookups(
            AdminPages pages,
            BylineSearch bylines,
            TagSuggestions tags,
            NewsroomArticles articles,
            NewsroomSearch search) {
        this.pages = pages;
        this.bylines = bylines;
        this.tags = tags;
        this.articles = articles;
        this.search = search;
    }

    /** {"authors": [{slug, name, photoUrl}], "desks": [{slug, name}]}. */
    @GetMapping("/admin/lookup/bylines")
    ResponseEntity<Map<String, Object>> bylines(@RequestParam(defaultValue = "") String q) {
        var authors = bylines.authors(q, LIMIT).stream()
                .map(a -> ordered(
                        "slug", a.slug(), "name", a.name(), "photoUrl", a.photoUrl() == null ? "" : a.photoUrl()))
                .toList();
        var desks = bylines.desks(q, LIMIT).stream()
                .map(d -> ordered("slug", d.slug(), "name", d.name()))
                .toList();
        return json(ordered("authors", authors, "desks", desks));
    }

    /** {"tags": [name…], "mayCreate": true when this person's role creates a tag by naming it}. */
    @GetMapping("/admin/lookup/tags")
    ResponseEntity<Map<String, Object>> tags(@RequestParam(defaultValue = "") String q, HttpServletRequest request) {
        boolean mayCreate = pages.page(request, "", null).can(Permission.MANAGE_TAXONOMY);
        return json(ordered(
                "tags", tags.suggest(q, LIMIT).stream().map(t -> t.name()).toList(), "mayCreate", mayCreate));
    }

    /** {"articles": [{id, headline, url, published}]}: published articles whose headline matches, newest first. */
    @GetMapping("/admin/lookup/articles")
    ResponseEntity<Map<String, Object>> articles(
            @RequestParam(defaultValue = "") String q, HttpServletRequest request) {
        var fmt = pages.page(request, "", null).fmt();
        var filter = new NewsroomFilter(ArticleStatus.PUBLISHED, null, null, q.isBlank() ? null : q, null, null);
        // Words go to the search index (Arabic forms) when this node has it; otherwise the database matches the text as
        // typed.
        List<ArticleCard> found = !q.isBlank() && search.available()
                ? search.find(filter, 1, LIMIT).items()
                : articles.findForNewsroom(filter, 1, LIMIT).items();
        var items = found.stream()
                .map(a -> ordered(
                        "id",
                        a.id(),
                        "headline",
                        a.headline(),
                        "url",
                        Permalinks.article(a.id(), a.slug()),
                        "published",
                        a.publishedAt() == null ? "" : fmt.dateTime(a.publishedAt())))
                .toList();
        return json(ordered("articles", items));
    }

    private static ResponseEntity<Map<String, Object>> json(Map<String, Object> body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
