package com.nashir.article;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.arabic.ArabicSlugs;
import com.nashir.audit.AuditLog;
import com.nashir.author.Author;
import com.nashir.author.AuthorRepository;
import com.nashir.author.BylineService;
import com.nashir.author.Desk;
import com.nashir.section.Section;
import com.nashir.section.SectionRepository;
import com.nashir.system.ConflictException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.Validation;
import com.nashir.tag.Tag;
import com.nashir.tag.TagRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Writing articles: checks every field first (reporting all mistakes at once), then writes in
 * one transaction, so a rejected request changes nothing.
 */
@Service
public class ArticleService {
    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final BylineService bylines;
    private final TagRepository tags;
    private final ArticleRevisions revisions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleService(
            ArticleRepository articles,
            SectionRepository sections,
            AuthorRepository authors,
            BylineService bylines,
            TagRepository tags,
            ArticleRevisions revisions,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.articles = articles;
        this.sections = sections;
        this.authors = authors;
        this.bylines = bylines;
        this.tags = tags;
        this.revisions = revisions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Article create(Actor actor, ArticleInput in) {
        Instant now = now();
        Checked c = check(actor, in, null, now);
        long id = articles.insert(c.row(), actor.userId(), now);
        List<Tag> tagList = tags.findOrCreate(c.tags(), now);
        articles.replaceLinks(id, c.authors(), tagList);
        return saved(actor, null, c.article(id, tagList, now, now, 0, actor.userId(), null, null), in.minor());
    }

    /**
     * Replaces the article with the input. A stale {@code version} is a conflict and nothing is
     * written: the caller keeps their text to merge.
     */
    @Transactional
    public Article update(Actor actor, long id, ArticleInput in) {
        return update(actor, find(id), in);
    }

    /**
     * {@link #update(Actor, long, ArticleInput)} of an article the caller has just read, so that a
     * save reads it once. A copy that someone changed since is a conflict like a stale
     * {@code version}: the row is written only while it still has {@code current}'s version.
     */
    @Transactional
    public Article update(Actor actor, Article current, ArticleInput in) {
        if (current.status() == ArticleStatus.TRASHED) {
            throw new ConflictException("status", Messages.text("article.trashed"));
        }
        if (in.version() != null && in.version() != current.version()) {
            throw new ConflictException("version", Messages.text("article.version.stale"));
        }
        Instant now = now();
        Checked c = check(actor, in, current, now);
        if (!articles.update(current.id(), current.version(), c.row(), now)) {
            throw new ConflictException("version", Messages.text("article.version.race"));
        }
        List<Tag> tagList = tags.findOrCreate(c.tags(), now);
        articles.replaceLinks(current.id(), c.authors(), tagList);
        return saved(
                actor,
                current,
                c.article(
                        current.id(),
                        tagList,
                        current.createdAt(),
                        now,
                        current.version() + 1,
                        current.ownerId(),
                        current.trashedFrom(),
                        current.live()),
                in.minor());
    }

    /**
     * Moves an article to another status without touching its content (the newsroom's workflow
     * buttons). Same rules and checks as a full save.
     */
    @Transactional
    public Article changeStatus(Actor actor, long id, String status, int version) {
        Article current = find(id);
        return update(actor, current, ArticleSnapshot.of(current).toInput(version, status, true));
    }

    /**
     * The article as it would be after saving {@code in}, without saving anything: the same checks
     * as a save, then a rollback (a desk or tag named for the first time is created inside and undone).
     * The editor's preview renders this through the public template.
     */
    @Transactional
    public Article preview(Actor actor, Long id, ArticleInput in) {
        Article current = id == null ? null : find(id);
        Instant now = now();
        try {
            Checked c = check(actor, in, current, now);
            Article a = c.article(
                    current == null ? 0 : current.id(),
                    tags.findOrCreate(c.tags(), now),
                    current == null ? now : current.createdAt(),
                    now,
                    current == null ? 0 : current.version(),
                    current == null ? actor.userId() : current.ownerId(),
                    null,
                    current == null ? null : current.live());
            return a.dated(now);
        } finally {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
    }

    /**
     * After every save, its revision, an audit entry when the status moved, and the change event.
     * {@code after} is the article as just written (not read back: a save reads the article once).
     */
    private Article saved(Actor actor, Article before, Article after, boolean minor) {
        revisions.record(after, actor, minor);
        if (before == null || before.status() != after.status()) {
            audit.record(actor, "article." + after.status().wire(), "article " + after.id(), after.headline());
        }
        events.publishEvent(ArticleChanged.of(after.id(), before, after));
        return after;
    }

    private Article find(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("article.not-found")));
    }

    /** The clock to the microsecond, as both databases keep times: what a save returns is what it stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** An input that passed every check: the row to write and what it names, resolved. */
    private record Checked(
            ArticleRepository.Row row, Section section, Desk desk, List<Author> authors, TagRepository.Lookup tags) {
        /** The article as the row makes it, with these tags and the facts the row does not hold. */
        Article article(
                long id,
                List<Tag> tagList,
                Instant createdAt,
                Instant now,
                int version,
                Long ownerId,
                ArticleStatus trashedFrom,
                LiveState live) {
            ArticleRepository.Row r = row;
            return new Article(
                    id,
                    r.slug(),
                    r.headline(),
                    r.kicker(),
                    r.summary(),
                    section,
                    desk != null ? Byline.ofDesk(desk) : Byline.ofAuthors(authors),
                    r.status(),
                    r.publishedAt(),
                    r.updatedAt(),
                    createdAt,
                    now,
                    r.image(),
                    r.body(),
                    tagList,
                    r.comments(),
                    version,
                    ownerId,
                    trashedFrom,
                    r.seo(),
                    live);
        }
    }

    /**
     * Every check of a save, each mistake reported against its field and all of them at once;
     * then the dates and the status they decide. Names a new desk into being when it passes.
     */
    private Checked check(Actor actor, ArticleInput in, Article current, Instant now) {
        ArticleStatus requested = ArticleChecks.requestedStatus(in, current);
        ArticleRules.checkSave(actor, current, requested);
        Validation v = new Validation();
        ArticleChecks.Texts texts = ArticleChecks.checkTexts(in, v);
        Optional<Section> section = checkSection(in.section(), v);
        ArticleChecks.BylineAsked byline = ArticleChecks.checkByline(in, v);
        List<Author> authorList = checkAuthors(byline.authorSlugs(), v);
        Instant publishedAt = ArticleChecks.parseTime(in.publishedAt(), "publishedAt", v);
        Instant updatedAt = ArticleChecks.parseTime(in.updatedAt(), "updatedAt", v);
        FeaturedImage image = ArticleChecks.checkImage(in.featuredImage(), v);
        String body = ArticleChecks.checkBody(in.body(), requested, v);
        TagRepository.Lookup tagLookup = tags.lookUp(ArticleChecks.checkTagNames(in.tags(), v));
        ArticleSeo seo = ArticleChecks.checkSeo(in.seo(), v);
        CommentsMode comments = ArticleChecks.checkComments(in.comments(), current, v);
        String slug = ArticleChecks.trim(in.slug()).isEmpty()
                ? ArabicSlugs.slugify(texts.headline())
                : ArabicSlugs.slugify(in.slug());
        Optional<Desk> existingDesk = checkTaxonomyRights(actor, tagLookup, byline, v);
        v.throwIfInvalid();

        Instant effectivePublishedAt = ArticleChecks.publicationTime(publishedAt, current, requested, now);
        ArticleStatus status = ArticleChecks.statusAt(requested, effectivePublishedAt, now);
        Instant effectiveUpdatedAt =
                ArticleChecks.updatedAtFor(current, in, texts, body, image, status, updatedAt, now);
        ArticleChecks.checkUpdatedAfterPublication(effectiveUpdatedAt, effectivePublishedAt);

        Desk desk = byline.hasDesk() ? existingDesk.orElseGet(() -> bylines.deskFor(byline.deskName())) : null;
        var row = new ArticleRepository.Row(
                slug.isEmpty() ? "article" : slug,
                texts.headline(),
                texts.kicker(),
                texts.summary(),
                section.orElseThrow().id(),
                desk == null ? null : desk.id(),
                status,
                effectivePublishedAt,
                effectiveUpdatedAt,
                image,
                body,
                comments,
                seo);
        return new Checked(row, section.orElseThrow(), desk, authorList, tagLookup);
    }

    private Optional<Section> checkSection(String slug, Validation v) {
        if (ArticleChecks.trim(slug).isEmpty()) {
            v.add("section", Messages.text("article.section.required"));
            return Optional.empty();
        }
        Optional<Section> section = sections.findBySlug(ArticleChecks.trim(slug));
        v.require(section.isPresent(), "section", Messages.text("article.section.unknown", ArticleChecks.trim(slug)));
        return section;
    }

    /** The authors of these slugs, in their order (one query); each unknown slug is a mistake. */
    private List<Author> checkAuthors(List<String> slugs, Validation v) {
        Map<String, Author> found = authors.findBySlugs(slugs);
        List<Author> authorList = new ArrayList<>();
        for (String slug : slugs) {
            Author a = found.get(slug);
            if (a == null) {
                v.add("byline.authors", Messages.text("article.byline.author-unknown", slug));
            } else {
                authorList.add(a);
            }
        }
        return authorList;
    }

    /**
     * A tag or desk is public taxonomy: naming a new one in an article creates it, which needs the
     * role that manages them. The desk named, when it exists already (looked up only for those without that role).
     */
    private Optional<Desk> checkTaxonomyRights(
            Actor actor, TagRepository.Lookup tagLookup, ArticleChecks.BylineAsked byline, Validation v) {
        if (actor.can(Permission.MANAGE_TAXONOMY)) {
            return Optional.empty();
        }
        for (String name : tagLookup.names()) {
            v.require(tagLookup.found().containsKey(name), "tags", Messages.text("article.tag.unknown", name));
        }
        Optional<Desk> desk = byline.hasDesk() ? bylines.findDesk(byline.deskName()) : Optional.empty();
        v.require(
                !byline.hasDesk() || desk.isPresent(),
                "byline.desk",
                Messages.text("article.byline.desk-unknown", byline.deskName()));
        return desk;
    }
}
