package com.nashir.wpimport;

import com.nashir.arabic.ArabicSlugs;
import com.nashir.author.Author;
import com.nashir.author.AuthorRepository;
import com.nashir.author.BylineService;
import com.nashir.section.Section;
import com.nashir.section.SectionRepository;
import com.nashir.section.SectionService;
import com.nashir.system.ConflictException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.Slugs;
import com.nashir.tag.Tag;
import com.nashir.tag.TagRepository;
import com.nashir.tag.TagService;
import com.nashir.wpimport.ImportReport.Kind;
import com.nashir.wpimport.ImportReport.Outcome;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Authors, categories and tags: each WordPress one becomes a Nashir author (a byline only: no
 * account, no password), section or tag, or is matched to the one that already has its slug or
 * name. Once imported it is never overwritten by a later run, so the newsroom's edits stay.
 */
@Component
class TaxonomyImporter {
    static final String FALLBACK_SECTION = "uncategorized";
    static final String FALLBACK_SECTION_NAME = Messages.text("wpimport.section.fallback-name");

    private final SectionService sectionService;
    private final SectionRepository sections;
    private final TagService tagService;
    private final TagRepository tags;
    private final BylineService bylines;
    private final AuthorRepository authors;
    private final ImportMap map;
    private final TransactionTemplate tx;

    TaxonomyImporter(
            SectionService sectionService,
            SectionRepository sections,
            TagService tagService,
            TagRepository tags,
            BylineService bylines,
            AuthorRepository authors,
            ImportMap map,
            PlatformTransactionManager transactions) {
        this.sectionService = sectionService;
        this.sections = sections;
        this.tagService = tagService;
        this.tags = tags;
        this.bylines = bylines;
        this.authors = authors;
        this.map = map;
        this.tx = new TransactionTemplate(transactions);
    }

    void author(ImportRun run, Wxr.Entry e) {
        String login = e.get("wp:author_login");
        if (login.isEmpty()) {
            run.report.add(Kind.AUTHOR, Outcome.SKIPPED);
            run.report.warn(Messages.text("wpimport.author.no-login", e.line()));
            return;
        }
        String wpId = e.get("wp:author_id").isEmpty() ? "login:" + login : e.get("wp:author_id");
        Optional<Author> known = map.find("author", wpId).flatMap(r -> authors.findById(r.nashirId()));
        if (known.isPresent()) {
            run.authors.put(login, known.get().slug());
            run.report.add(Kind.AUTHOR, Outcome.UNCHANGED);
            return;
        }
        String name = e.get("wp:author_display_name");
        if (name.isEmpty()) {
            name = (e.get("wp:author_first_name") + " " + e.get("wp:author_last_name")).strip();
        }
        name = WpText.cut(name.isEmpty() ? login : name, 200);
        String base = slug(login, name, "author");
        String finalName = name;
        try {
            Author author = tx.execute(s -> {
                Optional<Author> same =
                        authors.findBySlug(base).filter(a -> a.name().equals(finalName));
                Author a = same.orElseGet(() -> bylines.createAuthor(
                        run.actor,
                        new BylineService.AuthorInput(
                                freeSlug(base, sl -> authors.findBySlug(sl).isPresent()),
                                finalName,
                                "",
                                null,
                                null,
                                null)));
                map.put(
                        new ImportMap.Row(
                                "author",
                                wpId,
                                a.id(),
                                login.toLowerCase(java.util.Locale.ROOT),
                                null,
                                WpText.fingerprint(login, finalName)),
                        run.started);
                return a;
            });
            run.authors.put(login, author.slug());
            run.report.add(Kind.AUTHOR, Outcome.CREATED);
        } catch (InvalidInputException | ConflictException ex) {
            run.report.add(Kind.AUTHOR, Outcome.FAILED);
            run.report.warn(Messages.text("wpimport.author.failed", name, Problems.message(ex)));
        }
    }

    void category(ImportRun run, Wxr.Entry e) {
        String nicename = WpText.decode(e.get("wp:category_nicename"));
        String name = WpText.plain(e.get("wp:cat_name"));
        sectionFor(run, e.get("wp:term_id"), nicename, name, WpText.plain(e.get("wp:category_description")), true);
    }

    /**
     * The section slug for a category (by its decoded nicename), importing it on first sight;
     * null when it cannot be made (reported).
     */
    String sectionFor(ImportRun run, String termId, String nicename, String name, String description, boolean count) {
        String known = run.sections.get(nicename);
        if (known != null) {
            return known;
        }
        String wpId = termId == null || termId.isEmpty() ? "slug:" + nicename : termId;
        Optional<Section> mapped = map.find("category", wpId).flatMap(r -> sections.findById(r.nashirId()));
        if (mapped.isPresent()) {
            run.sections.put(nicename, mapped.get().slug());
            if (count) {
                run.report.add(Kind.SECTION, Outcome.UNCHANGED);
            }
            return mapped.get().slug();
        }
        String label = WpText.cut(name.isEmpty() ? nicename : name, 200);
        String slug = slug(nicename, label, "section");
        try {
            boolean[] created = {false};
            Section section = tx.execute(s -> {
                Section sec = sections.findBySlug(slug).orElseGet(() -> {
                    created[0] = true;
                    return sectionService.create(
                            run.actor,
                            new SectionService.SectionInput(slug, label, WpText.cut(description, 2000), null));
                });
                map.put(
                        new ImportMap.Row(
                                "category", wpId, sec.id(), nicename, null, WpText.fingerprint(nicename, label)),
                        run.started);
                return sec;
            });
            run.sections.put(nicename, section.slug());
            run.report.add(Kind.SECTION, created[0] ? Outcome.CREATED : Outcome.UNCHANGED);
            return section.slug();
        } catch (InvalidInputException | ConflictException ex) {
            run.report.add(Kind.SECTION, Outcome.FAILED);
            run.report.warn(Messages.text("wpimport.category.failed", label, Problems.message(ex)));
            return null;
        }
    }

    /** A section that the import itself needs (pages, posts without a category), made when missing. */
    String ensureSection(ImportRun run, String slug, String name) {
        return sectionFor(run, null, slug, name, "", true);
    }

    void tag(ImportRun run, Wxr.Entry e) {
        tagFor(
                run,
                e.get("wp:term_id"),
                WpText.decode(e.get("wp:tag_slug")),
                WpText.plain(e.get("wp:tag_name")),
                WpText.plain(e.get("wp:tag_description")));
    }

    /** The tag name for a WordPress tag (by decoded nicename), importing it on first sight; null when it cannot be. */
    String tagFor(ImportRun run, String termId, String nicename, String name, String description) {
        String known = run.tags.get(nicename);
        if (known != null) {
            return known;
        }
        String wpId = termId == null || termId.isEmpty() ? "slug:" + nicename : termId;
        Optional<Tag> mapped = map.find("tag", wpId).flatMap(r -> tags.findById(r.nashirId()));
        if (mapped.isPresent()) {
            run.tags.put(nicename, mapped.get().name());
            run.report.add(Kind.TAG, Outcome.UNCHANGED);
            return mapped.get().name();
        }
        String label = WpText.cut((name.isEmpty() ? nicename : name).replaceAll("\\s+", " "), 100);
        if (label.isEmpty()) {
            run.report.add(Kind.TAG, Outcome.SKIPPED);
            return null;
        }
        String slug = ArabicSlugs.slugify(nicename.isEmpty() ? label : nicename, 100);
        try {
            boolean[] created = {false};
            Tag tag = tx.execute(s -> {
                Tag t = tags.findByName(label).orElseGet(() -> {
                    created[0] = true;
                    boolean slugFree =
                            Slugs.isValid(slug) && tags.findBySlug(slug).isEmpty();
                    return tagService.create(
                            run.actor,
                            new TagService.TagInput(label, slugFree ? slug : null, WpText.cut(description, 2000)));
                });
                map.put(
                        new ImportMap.Row("tag", wpId, t.id(), nicename, null, WpText.fingerprint(nicename, label)),
                        run.started);
                return t;
            });
            run.tags.put(nicename, tag.name());
            run.report.add(Kind.TAG, created[0] ? Outcome.CREATED : Outcome.UNCHANGED);
            return tag.name();
        } catch (InvalidInputException | ConflictException ex) {
            run.report.add(Kind.TAG, Outcome.FAILED);
            run.report.warn(Messages.text("wpimport.tag.failed", label, Problems.message(ex)));
            return null;
        }
    }

    /** A valid slug from the WordPress one, else from the name, else {@code fallback}. */
    static String slug(String wpSlug, String name, String fallback) {
        String s = ArabicSlugs.slugify(wpSlug == null ? "" : wpSlug, 100);
        if (!Slugs.isValid(s)) {
            s = ArabicSlugs.slugify(name == null ? "" : name, 100);
        }
        return Slugs.isValid(s) ? s : fallback;
    }

    /** {@code base}, or base-2, base-3… until one is free. */
    static String freeSlug(String base, java.util.function.Predicate<String> taken) {
        String s = base;
        for (int i = 2; taken.test(s); i++) {
            s = WpText.cut(base, 95) + "-" + i;
        }
        return s;
    }
}
