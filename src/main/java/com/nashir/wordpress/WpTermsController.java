package com.nashir.wordpress;

import com.nashir.published.PublicArticle;
import com.nashir.published.PublishedArticles;
import com.nashir.section.Section;
import com.nashir.section.SectionRepository;
import com.nashir.system.Messages;
import com.nashir.tag.Tag;
import com.nashir.tag.TagRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code categories} (the sections, all of them: they are the site's structure) and
 * {@code tags} (only tags that a public article carries, so a tag made for an unpublished story
 * does not give it away). {@code post=ID} lists the terms of one public article.
 */
@RestController
class WpTermsController {
    private static final List<String> ORDERBY = List.of("id", "name", "slug", "count", "include");

    private final SectionRepository sections;
    private final TagRepository tags;
    private final PublishedArticles published;
    private final WpTerms terms;
    private final WpSite site;
    private final WpResponses responses;

    WpTermsController(
            SectionRepository sections,
            TagRepository tags,
            PublishedArticles published,
            WpTerms terms,
            WpSite site,
            WpResponses responses) {
        this.sections = sections;
        this.tags = tags;
        this.published = published;
        this.terms = terms;
        this.site = site;
        this.responses = responses;
    }

    @GetMapping(WpSite.ROOT + "/wp/v2/categories")
    ResponseEntity<byte[]> categories(HttpServletRequest request) {
        WpParams p = new WpParams(request);
        Map<Long, Long> counts = published.countsBySection();
        List<WpListing.Row<Section>> rows = sections.findAll().stream()
                .map(s -> new WpListing.Row<>(s.id(), s.name(), s.slug(), counts.getOrDefault(s.id(), 0L), s))
                .toList();
        Set<Long> ofPost = ofPost(p, a -> Set.of(a.section().id()));
        long parent = p.integer("parent", 0, 0, Integer.MAX_VALUE);
        boolean hideEmpty = p.bool("hide_empty", false);
        Predicate<WpListing.Row<Section>> extra =
                r -> (ofPost == null || ofPost.contains(r.id())) && parent == 0 && (!hideEmpty || r.count() > 0);
        var selected = WpListing.select(rows, p, ORDERBY, extra);
        return answer(
                selected.page().stream()
                        .map(r -> terms.category(r.value(), r.count()))
                        .toList(),
                selected,
                "/wp/v2/categories",
                WpFields.of(p),
                request);
    }

    @GetMapping(WpSite.ROOT + "/wp/v2/categories/{id:\\d+}")
    ResponseEntity<byte[]> category(@PathVariable String id, HttpServletRequest request) {
        WpParams p = new WpParams(request);
        p.throwIfInvalid();
        Long n = WpPostsController.parse(id);
        Section s = n == null ? null : sections.findById(n).orElse(null);
        if (s == null) {
            throw noTerm();
        }
        return responses.ok(
                WpFields.of(p)
                        .apply(terms.category(s, published.countsBySection().getOrDefault(s.id(), 0L))),
                request);
    }

    @GetMapping(WpSite.ROOT + "/wp/v2/tags")
    ResponseEntity<byte[]> tags(HttpServletRequest request) {
        WpParams p = new WpParams(request);
        Map<Long, Long> counts = published.countsByTag();
        List<WpListing.Row<Tag>> rows = tags.findPage(0, Integer.MAX_VALUE).stream()
                .filter(t -> counts.containsKey(t.id()))
                .map(t -> new WpListing.Row<>(t.id(), t.name(), t.slug(), counts.get(t.id()), t))
                .toList();
        Set<Long> ofPost =
                ofPost(p, a -> Set.copyOf(a.tags().stream().map(Tag::id).toList()));
        p.bool("hide_empty", false); // every tag shown has public articles
        var selected = WpListing.select(rows, p, ORDERBY, r -> ofPost == null || ofPost.contains(r.id()));
        return answer(
                selected.page().stream()
                        .map(r -> terms.tag(r.value(), r.count()))
                        .toList(),
                selected,
                "/wp/v2/tags",
                WpFields.of(p),
                request);
    }

    @GetMapping(WpSite.ROOT + "/wp/v2/tags/{id:\\d+}")
    ResponseEntity<byte[]> tag(@PathVariable String id, HttpServletRequest request) {
        WpParams p = new WpParams(request);
        p.throwIfInvalid();
        Long n = WpPostsController.parse(id);
        Long count = n == null ? null : published.countsByTag().get(n);
        Tag t = count == null ? null : tags.findById(n).orElse(null);
        if (t == null) {
            throw noTerm();
        }
        return responses.ok(WpFields.of(p).apply(terms.tag(t, count)), request);
    }

    /** The term ids of the article {@code post=ID} names; null when the parameter is absent. */
    private Set<Long> ofPost(WpParams p, java.util.function.Function<PublicArticle, Set<Long>> termsOf) {
        if (!p.has("post")) {
            return null;
        }
        long id = p.integer("post", 0, 1, Integer.MAX_VALUE);
        p.throwIfInvalid();
        return termsOf.apply(published
                .byId(id)
                .orElseThrow(
                        () -> new WpError("rest_post_invalid_id", 404, Messages.text("wordpress.post.not-found"))));
    }

    private ResponseEntity<byte[]> answer(
            List<Map<String, Object>> items,
            WpListing.Selected<?> selected,
            String route,
            WpFields fields,
            HttpServletRequest request) {
        return responses.ok(
                items.stream().map(fields::apply).toList(),
                WpCollection.headers(site, request, route, selected.total(), selected.pageNumber(), selected.perPage()),
                request);
    }

    private static WpError noTerm() {
        return new WpError("rest_term_invalid", 404, Messages.text("wordpress.term.not-found"));
    }
}
