package com.nashir.wpimport;

import com.nashir.address.Permalinks;
import com.nashir.author.AuthorRepository;
import com.nashir.published.PublishedArticles;
import com.nashir.section.SectionRepository;
import com.nashir.tag.TagRepository;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where an old WordPress address of imported content lives now, for the public site's 301s:
 * {@code ?p=} and {@code ?page_id=}, dated post addresses, a bare {@code /slug/} when one post or
 * page has it, categories, tags and authors. Only public articles are answered, so an imported
 * draft's old address stays a 404. Slugs are compared percent-decoded, as WordPress stores them
 * encoded and browsers send either form.
 */
@Component
public class WordPressLinks {
    private static final List<String> POSTS = List.of("post", "page");

    private final ImportMap map;
    private final PublishedArticles published;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuthorRepository authors;

    WordPressLinks(
            ImportMap map,
            PublishedArticles published,
            SectionRepository sections,
            TagRepository tags,
            AuthorRepository authors) {
        this.map = map;
        this.published = published;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
    }

    /** {@code /?p=ID}: a post (or a page: WordPress answers both). */
    public Optional<String> post(String wpId) {
        return article(map.find("post", wpId).or(() -> map.find("page", wpId)));
    }

    /** {@code /?page_id=ID}. */
    public Optional<String> page(String wpId) {
        return article(map.find("page", wpId).or(() -> map.find("post", wpId)));
    }

    /**
     * {@code /2024/06/17/slug/} ({@code day} given) or {@code /2024/06/slug/} ({@code day} null):
     * the post with that slug whose old address had that date.
     */
    public Optional<String> dated(String year, String month, String day, String slug) {
        String prefix = year + "-" + month + (day == null ? "" : "-" + day);
        List<ImportMap.Row> rows = map.bySlug(clean(slug), POSTS).stream()
                .filter(r -> r.wpDate() != null && r.wpDate().startsWith(prefix))
                .toList();
        return rows.size() == 1 ? article(Optional.of(rows.get(0))) : Optional.empty();
    }

    /** {@code /slug/}: only when exactly one imported post or page has that slug. */
    public Optional<String> slug(String slug) {
        List<ImportMap.Row> rows = map.bySlug(clean(slug), POSTS);
        return rows.size() == 1 ? article(Optional.of(rows.get(0))) : Optional.empty();
    }

    /** {@code /category/x/} (also {@code /category/parent/x/}: the last part names it). */
    public Optional<String> category(String slug) {
        return map.bySlug(clean(slug), List.of("category")).stream()
                .findFirst()
                .flatMap(r -> sections.findById(r.nashirId()))
                .map(s -> Permalinks.section(s.slug()));
    }

    /** {@code /?cat=ID}. */
    public Optional<String> categoryId(String wpId) {
        return map.find("category", wpId)
                .flatMap(r -> sections.findById(r.nashirId()))
                .map(s -> Permalinks.section(s.slug()));
    }

    /** {@code /tag/y/}. */
    public Optional<String> tag(String slug) {
        return map.bySlug(clean(slug), List.of("tag")).stream()
                .findFirst()
                .flatMap(r -> tags.findById(r.nashirId()))
                .map(t -> Permalinks.tag(t.slug()));
    }

    /** {@code /author/login/}. */
    public Optional<String> author(String login) {
        return map.bySlug(clean(login).toLowerCase(Locale.ROOT), List.of("author")).stream()
                .findFirst()
                .flatMap(r -> authors.findById(r.nashirId()))
                .map(a -> Permalinks.author(a.slug()));
    }

    private Optional<String> article(Optional<ImportMap.Row> row) {
        return row.flatMap(r -> published.byId(r.nashirId())).map(a -> Permalinks.article(a.id(), a.slug()));
    }

    private static String clean(String slug) {
        String s = WpText.decode(slug == null ? "" : slug.strip());
        return s.length() > 400 ? s.substring(0, 400) : s;
    }
}
