package com.nashir.feed;

import com.nashir.article.ArticleScope;
import com.nashir.author.AuthorRepository;
import com.nashir.author.DeskRepository;
import com.nashir.section.SectionRepository;
import com.nashir.site.Permalinks;
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

    FeedSubjects(SectionRepository sections, TagRepository tags, AuthorRepository authors, DeskRepository desks, SlugHistory oldSlugs) {
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
            case SECTION -> sections.findBySlug(slug).map(s -> new FeedSubject(ArticleScope.section(s.id()), "قسم", s.name(),
                    about(s.description(), "قسم", s.name()), Permalinks.section(s.slug())));
            case TAG -> tags.findBySlug(slug).map(t -> new FeedSubject(ArticleScope.tag(t.id()), "وسم", t.name(),
                    about(t.description(), "وسم", t.name()), Permalinks.tag(t.slug())));
            case AUTHOR -> authors.findBySlug(slug).map(a -> new FeedSubject(ArticleScope.author(a.id()), "كاتب", a.name(),
                    about(a.bio(), "كاتب", a.name()), Permalinks.author(a.slug())));
            case DESK -> desks.findBySlug(slug).map(d -> new FeedSubject(ArticleScope.desk(d.id()), "مكتب تحرير", d.name(),
                    about(d.description(), "مكتب تحرير", d.name()), Permalinks.desk(d.slug())));
            case SITE -> Optional.empty();
        };
    }

    /** Where a renamed listing lives now (its current listing path), when {@code slug} is one it had. */
    public Optional<String> movedTo(ArticleScope.Kind kind, String slug) {
        return switch (kind) {
            case SECTION -> oldSlugs.find("section", slug).flatMap(sections::findById).map(s -> Permalinks.section(s.slug()));
            case TAG -> oldSlugs.find("tag", slug).flatMap(tags::findById).map(t -> Permalinks.tag(t.slug()));
            case AUTHOR -> oldSlugs.find("author", slug).flatMap(authors::findById).map(a -> Permalinks.author(a.slug()));
            case DESK -> oldSlugs.find("desk", slug).flatMap(desks::findById).map(d -> Permalinks.desk(d.slug()));
            case SITE -> Optional.empty();
        };
    }

    private static String about(String text, String kind, String name) {
        return text == null || text.isBlank() ? kind + ": " + name : text.strip();
    }
}
