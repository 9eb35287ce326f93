package com.nashir.wordpress;

import static com.nashir.wordpress.WpLinks.embeddable;
import static com.nashir.wordpress.WpLinks.href;
import static com.nashir.wordpress.WpLinks.ordered;
import static com.nashir.wordpress.WpLinks.rendered;

import com.nashir.address.Permalinks;
import com.nashir.article.CommentsMode;
import com.nashir.article.FeaturedImage;
import com.nashir.author.Author;
import com.nashir.comment.CommentService;
import com.nashir.media.MediaItem;
import com.nashir.media.MediaLibrary;
import com.nashir.published.PublicArticle;
import com.nashir.published.PublicFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * A public article as a WordPress post: WordPress's fields and their shapes, {@code _links}
 * to its signers, section, tags and featured image, and, when asked, those objects under
 * {@code _embedded}. Addresses in the body that start with "/" are made absolute, because apps
 * show the content away from the site.
 */
@Component
class WpPosts {
    private static final int EXCERPT_WORDS = 55;

    private final WpSite site;
    private final WpUsers users;
    private final WpTerms terms;
    private final WpMedia mediaShapes;
    private final MediaLibrary media;
    private final CommentService comments;

    WpPosts(
            WpSite site,
            WpUsers users,
            WpTerms terms,
            WpMedia mediaShapes,
            MediaLibrary media,
            CommentService comments) {
        this.site = site;
        this.users = users;
        this.terms = terms;
        this.mediaShapes = mediaShapes;
        this.media = media;
        this.comments = comments;
    }

    Map<String, Object> post(PublicArticle a, WpFields fields) {
        return post(a, fields, featuredMedia(a.image()));
    }

    /** A page of posts, their featured images looked up together. */
    List<Map<String, Object>> posts(List<PublicArticle> articles, WpFields fields) {
        Map<String, MediaItem> images = media.byPaths(articles.stream()
                .filter(a -> a.image() != null)
                .map(a -> a.image().url())
                .toList());
        return articles.stream()
                .map(a -> post(
                        a,
                        fields,
                        Optional.ofNullable(
                                a.image() == null ? null : images.get(a.image().url()))))
                .toList();
    }

    private Map<String, Object> post(PublicArticle a, WpFields fields, Optional<MediaItem> image) {
        String self = site.api("/wp/v2/posts/" + a.id());
        // The row's last change, never before publication (an article scheduled long after it was written).
        Instant modified = PublicFilter.modifiedShown(a);
        Map<String, Object> post = ordered(
                "id",
                a.id(),
                "date",
                site.local(a.publishedAt()),
                "date_gmt",
                WpSite.gmt(a.publishedAt()),
                "guid",
                rendered(site.url(Permalinks.shortArticle(a.id()))),
                "modified",
                site.local(modified),
                "modified_gmt",
                WpSite.gmt(modified),
                "slug",
                a.slug(),
                "status",
                "publish",
                "type",
                "post",
                "link",
                site.url(Permalinks.article(a.id(), a.slug())),
                "title",
                rendered(WpMedia.escape(a.headline())));
        if (fields.keeps("content")) {
            post.put("content", ordered("rendered", absolute(a.body()), "protected", false));
        }
        if (fields.keeps("excerpt")) {
            post.put("excerpt", ordered("rendered", excerpt(a), "protected", false));
        }
        post.put("author", authorId(a));
        post.put("featured_media", image.map(MediaItem::id).orElse(0L));
        post.put("comment_status", commentsOpen(a) ? "open" : "closed");
        post.put("ping_status", "closed");
        post.put("sticky", false);
        post.put("template", "");
        post.put("format", "standard");
        post.put("meta", List.of());
        post.put("categories", List.of(a.section().id()));
        post.put("tags", a.tags().stream().map(t -> t.id()).toList());
        post.put(
                "jetpack_featured_media_url",
                a.image() == null ? "" : absoluteUrl(a.image().url()));
        post.put("_links", links(a, self, image));
        if (fields.embeds("author") || fields.embeds("wp:featuredmedia") || fields.embeds("wp:term")) {
            Map<String, Object> embedded = ordered();
            if (fields.embeds("author")) {
                embedded.put(
                        "author",
                        a.byline().isDesk()
                                ? List.of(users.desk(a.byline().desk()))
                                : a.byline().authors().stream()
                                        .map(users::author)
                                        .toList());
            }
            if (fields.embeds("wp:featuredmedia") && image.isPresent()) {
                embedded.put("wp:featuredmedia", List.of(mediaShapes.attachment(image.get())));
            }
            if (fields.embeds("wp:term")) {
                embedded.put(
                        "wp:term",
                        List.of(
                                List.of(terms.category(a.section(), null)),
                                a.tags().stream().map(t -> terms.tag(t, null)).toList()));
            }
            post.put("_embedded", embedded);
        }
        return fields.apply(post);
    }

    /** The first author, or the desk in its id range; 0 for a byline without anyone. */
    static long authorId(PublicArticle a) {
        if (a.byline().isDesk()) {
            return WpUsers.deskUserId(a.byline().desk().id());
        }
        return a.byline().authors().isEmpty() ? 0 : a.byline().authors().get(0).id();
    }

    private Map<String, Object> links(PublicArticle a, String self, Optional<MediaItem> image) {
        List<Map<String, Object>> authors = new ArrayList<>();
        if (a.byline().isDesk()) {
            authors.add(embeddable(site.api(
                    "/wp/v2/users/" + WpUsers.deskUserId(a.byline().desk().id()))));
        } else {
            for (Author author : a.byline().authors()) {
                authors.add(embeddable(site.api("/wp/v2/users/" + author.id())));
            }
        }
        Map<String, Object> links =
                ordered("self", href(self), "collection", href(site.api("/wp/v2/posts")), "author", authors);
        image.ifPresent(i -> links.put("wp:featuredmedia", List.of(embeddable(site.api("/wp/v2/media/" + i.id())))));
        Map<String, Object> category = embeddable(site.api("/wp/v2/categories?post=" + a.id()));
        Map<String, Object> tag = embeddable(site.api("/wp/v2/tags?post=" + a.id()));
        category.put("taxonomy", WpTerms.CATEGORY);
        tag.put("taxonomy", WpTerms.TAG);
        links.put("wp:term", List.of(category, tag));
        links.put("curies", WpLinks.CURIES);
        return links;
    }

    /** The library item the featured image is a size of; empty for demo images and other addresses. */
    Optional<MediaItem> featuredMedia(FeaturedImage image) {
        return image == null ? Optional.empty() : media.byPath(image.url());
    }

    /** Open as the article page's form is: the comments' own rule (closed by the newsroom or by age), from memory. */
    private boolean commentsOpen(PublicArticle a) {
        return comments.state(a) == CommentsMode.OPEN;
    }

    /** The summary as a paragraph, or else the body's first words, as WordPress makes an excerpt. */
    private static String excerpt(PublicArticle a) {
        if (a.summary() != null && !a.summary().isBlank()) {
            return "<p>" + WpMedia.escape(a.summary().strip()) + "</p>\n";
        }
        String[] words =
                Jsoup.parse(a.body() == null ? "" : a.body()).text().strip().split("\\s+");
        if (words.length == 1 && words[0].isEmpty()) {
            return "";
        }
        String lead = String.join(" ", List.of(words).subList(0, Math.min(words.length, EXCERPT_WORDS)));
        return "<p>" + WpMedia.escape(lead) + (words.length > EXCERPT_WORDS ? " [&hellip;]" : "") + "</p>\n";
    }

    private String absolute(String body) {
        if (body == null || !(body.contains("=\"/") || body.contains("='/"))) {
            return body == null ? "" : body;
        }
        Document doc = Jsoup.parseBodyFragment(body);
        doc.outputSettings().prettyPrint(false);
        for (Element e : doc.body().select("[src], [href], [srcset]")) {
            for (String attr : List.of("src", "href")) {
                if (e.hasAttr(attr)) {
                    e.attr(attr, absoluteUrl(e.attr(attr)));
                }
            }
            if (e.hasAttr("srcset")) {
                List<String> parts = new ArrayList<>();
                for (String part : e.attr("srcset").split(",")) {
                    String p = part.strip();
                    int space = p.indexOf(' ');
                    parts.add(space < 0 ? absoluteUrl(p) : absoluteUrl(p.substring(0, space)) + p.substring(space));
                }
                e.attr("srcset", String.join(", ", parts));
            }
        }
        return doc.body().html();
    }

    private String absoluteUrl(String url) {
        return url.startsWith("/") && !url.startsWith("//") ? site.url(url) : url;
    }
}
