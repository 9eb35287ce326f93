package com.nashir.wordpress;

import static com.nashir.wordpress.WpLinks.href;
import static com.nashir.wordpress.WpLinks.ordered;

import com.nashir.address.Permalinks;
import com.nashir.section.Section;
import com.nashir.tag.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sections as WordPress categories (flat: parent is always 0) and tags as tags. {@code count}
 * is the number of public articles, as WordPress counts published posts.
 */
@Component
class WpTerms {
    static final String CATEGORY = "category";
    static final String TAG = "post_tag";

    private final WpSite site;

    WpTerms(WpSite site) {
        this.site = site;
    }

    /** A category; {@code count} null for the shorter form embedded in a post. */
    Map<String, Object> category(Section s, Long count) {
        return term(
                CATEGORY,
                "categories",
                s.id(),
                s.name(),
                s.slug(),
                s.description(),
                Permalinks.section(s.slug()),
                count);
    }

    Map<String, Object> tag(Tag t, Long count) {
        return term(TAG, "tags", t.id(), t.name(), t.slug(), t.description(), Permalinks.tag(t.slug()), count);
    }

    private Map<String, Object> term(
            String taxonomy,
            String route,
            long id,
            String name,
            String slug,
            String description,
            String path,
            Long count) {
        Map<String, Object> links = ordered(
                "self",
                href(site.api("/wp/v2/" + route + "/" + id)),
                "collection",
                href(site.api("/wp/v2/" + route)),
                "wp:post_type",
                href(site.api("/wp/v2/posts?" + route + "=" + id)),
                "curies",
                WpLinks.CURIES);
        if (count == null) {
            return ordered(
                    "id",
                    id,
                    "link",
                    site.url(path),
                    "name",
                    WpEscape.html(name),
                    "slug",
                    slug,
                    "taxonomy",
                    taxonomy,
                    "_links",
                    links);
        }
        Map<String, Object> term = ordered(
                "id",
                id,
                "count",
                count,
                "description",
                WpEscape.html(description),
                "link",
                site.url(path),
                "name",
                WpEscape.html(name),
                "slug",
                slug,
                "taxonomy",
                taxonomy);
        if (taxonomy.equals(CATEGORY)) {
            term.put("parent", 0);
        }
        term.put("meta", List.of());
        term.put("_links", links);
        return term;
    }
}
