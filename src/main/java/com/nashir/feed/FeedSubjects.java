package com.nashir.feed;

import com.nashir.address.Permalinks;
import com.nashir.author.AuthorRepository;
import com.nashir.author.DeskRepository;
import com.nashir.published.ArticleScope;
import com.nashir.section.SectionRepository;
import com.nashir.site.SiteSettings;
import com.nashir.system.SlugHistory;
import com.nashir.tag.TagRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds what a feed address names: a section, tag, author or desk by its slug (or a slug it had). */
@Component
public class FeedSubjects {
    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final DeskRepository desks;
    private final SlugHistory oldSlugs;

    FeedSubjects(
            SectionRepository sections,
            TagRepository tags,
            AuthorRepository authors,
            DeskRepository desks,
            SlugHistory oldSlugs) {
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.desks = desks;
        this.oldSlugs = oldSlugs;
    }

    /** The whole site's feed. */
    public FeedSubject site(SiteSettings site) {
        return new FeedSubject(ArticleScope.site(), null, site.name(), site.tagline(), "");
    }

    /** The feed of a listing by its current slug; empty when no such listing exists now. */
    public Optional<FeedSubject> find(ArticleScope.Kind kind, String slug) {
        return switch (kind) {
            case SECTION ->
                sections.findBySlug(slug)
                        .map(s -> subject(
                                ArticleScope.section(s.id()), kind.label(), s.name(), s.description(), s.slug()));
            case TAG ->
                tags.findBySlug(slug)
                        .map(t -> subject(ArticleScope.tag(t.id()), kind.label(), t.name(), t.description(), t.slug()));
            case AUTHOR ->
                authors.findBySlug(slug)
                        .map(a -> subject(ArticleScope.author(a.id()), kind.label(), a.name(), a.bio(), a.slug()));
            case DESK ->
                desks.findBySlug(slug)
                        .map(d ->
                                subject(ArticleScope.desk(d.id()), kind.label(), d.name(), d.description(), d.slug()));
            case SITE -> Optional.empty();
        };
    }

    /**
     * Where a renamed listing lives now (its current listing path), when {@code slug} is one it
     * had: the listing pages and their feeds both answer an old slug with a 301 there.
     */
    public Optional<String> movedTo(ArticleScope.Kind kind, String slug) {
        Optional<String> current = switch (kind) {
            case SECTION ->
                oldSlugs.find("section", slug).flatMap(sections::findById).map(s -> s.slug());
            case TAG -> oldSlugs.find("tag", slug).flatMap(tags::findById).map(t -> t.slug());
            case AUTHOR ->
                oldSlugs.find("author", slug).flatMap(authors::findById).map(a -> a.slug());
            case DESK -> oldSlugs.find("desk", slug).flatMap(desks::findById).map(d -> d.slug());
            case SITE -> Optional.empty();
        };
        return current.map(s -> Permalinks.listing(kind, s));
    }

    /** A listing's feed subject; its page is the listing's address ({@link Permalinks#listing}). */
    private static FeedSubject subject(ArticleScope scope, String kind, String name, String text, String slug) {
        return new FeedSubject(scope, kind, name, about(text, kind, name), Permalinks.listing(scope.kind(), slug));
    }

    private static String about(String text, String kind, String name) {
        return text == null || text.isBlank() ? kind + ": " + name : text.strip();
    }
}
