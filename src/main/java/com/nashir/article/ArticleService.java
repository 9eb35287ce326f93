package com.nashir.article;

import com.nashir.arabic.DigitStyle;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.ArabicSlugs;
import com.nashir.audit.AuditLog;
import com.nashir.author.Author;
import com.nashir.author.AuthorRepository;
import com.nashir.author.BylineService;
import com.nashir.author.Desk;
import com.nashir.section.Section;
import com.nashir.section.SectionRepository;
import com.nashir.system.ConflictException;
import com.nashir.system.NotFoundException;
import com.nashir.system.SafeUrls;
import com.nashir.system.Validation;
import com.nashir.tag.Tag;
import com.nashir.tag.TagRepository;
import com.nashir.access.Actor;
import com.nashir.access.Permission;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing articles: checks every field first (reporting all mistakes at once), then writes in
 * one transaction, so a rejected request changes nothing.
 */
@Service
public class ArticleService {
    static final int MAX_TAGS = 20;

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final BylineService bylines;
    private final TagRepository tags;
    private final ArticleRevisions revisions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleService(ArticleRepository articles, SectionRepository sections, AuthorRepository authors, BylineService bylines,
                   TagRepository tags, ArticleRevisions revisions, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
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
        Instant now = clock.instant();
        Checked c = check(actor, in, null, now);
        long id = articles.insert(c.row(), actor.userId(), now);
        articles.replaceAuthors(id, c.authors());
        articles.replaceTags(id, resolveTags(c.tagNames(), now));
        return saved(actor, null, id, in.minor());
    }

    /**
     * Replaces the article with the input. A stale {@code version} is a conflict and nothing is
     * written: the caller keeps their text to merge.
     */
    @Transactional
    public Article update(Actor actor, long id, ArticleInput in) {
        Article current = articles.findById(id).orElseThrow(() -> new NotFoundException("لا يوجد مقال بهذا الرقم"));
        if (current.status() == ArticleStatus.TRASHED) {
            throw new ConflictException("status", "المقال في سلة المحذوفات؛ استعده أولاً");
        }
        if (in.version() != null && in.version() != current.version()) {
            throw new ConflictException("version", "حفظ شخص آخر هذا المقال بعد أن فتحته؛ أعد تحميله وادمج تعديلاتك");
        }
        Instant now = clock.instant();
        Checked c = check(actor, in, current, now);
        if (!articles.update(id, current.version(), c.row(), now)) {
            throw new ConflictException("version", "حفظ شخص آخر هذا المقال في اللحظة نفسها؛ أعد المحاولة");
        }
        articles.replaceAuthors(id, c.authors());
        articles.replaceTags(id, resolveTags(c.tagNames(), now));
        return saved(actor, current, id, in.minor());
    }

    /**
     * Moves an article to another status without touching its content (the newsroom's workflow
     * buttons). Same rules and checks as a full save.
     */
    @Transactional
    public Article changeStatus(Actor actor, long id, String status, int version) {
        Article current = articles.findById(id).orElseThrow(() -> new NotFoundException("لا يوجد مقال بهذا الرقم"));
        return update(actor, id, ArticleSnapshot.of(current).toInput(version, status, true));
    }

    /**
     * The article as it would be after saving {@code in}, without saving anything: the same checks
     * as a save, then a rollback (a desk or tag named for the first time is created inside and undone).
     * The editor's preview renders this through the public template.
     */
    @Transactional
    public Article preview(Actor actor, Long id, ArticleInput in) {
        Article current = id == null ? null
                : articles.findById(id).orElseThrow(() -> new NotFoundException("لا يوجد مقال بهذا الرقم"));
        Instant now = clock.instant();
        try {
            Checked c = check(actor, in, current, now);
            ArticleRepository.Row r = c.row();
            List<Tag> tagList = resolveTags(c.tagNames(), now);
            return new Article(current == null ? 0 : current.id(), r.slug(), r.headline(), r.kicker(), r.summary(), c.section(),
                    c.desk() != null ? Byline.ofDesk(c.desk()) : Byline.ofAuthors(c.authors()), r.status(),
                    r.publishedAt() == null ? now : r.publishedAt(), r.updatedAt(), current == null ? now : current.createdAt(), now,
                    r.image(), r.body(), tagList, r.comments(), current == null ? 0 : current.version(),
                    current == null ? actor.userId() : current.ownerId(), null, r.seo(),
                    current == null ? null : current.live());
        } finally {
            org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
    }

    /** After every save, an audit entry when the status moved, and the change event. */
    private Article saved(Actor actor, Article before, long id, boolean minor) {
        Article after = articles.findById(id).orElseThrow();
        revisions.record(after, actor, minor);
        if (before == null || before.status() != after.status()) {
            audit.record(actor, "article." + after.status().wire(), "article " + id, after.headline());
        }
        events.publishEvent(ArticleChanged.of(id, before, after));
        return after;
    }

    private record Checked(ArticleRepository.Row row, Section section, Desk desk, List<Author> authors, List<String> tagNames) {}

    private Checked check(Actor actor, ArticleInput in, Article current, Instant now) {
        ArticleStatus requested = in.status() == null ? (current == null ? ArticleStatus.DRAFT : current.status())
                : ArticleStatus.fromWire(trim(in.status()));
        if (requested == null || requested == ArticleStatus.TRASHED) {
            throw new com.nashir.system.InvalidInputException("status", "الحالة يجب أن تكون واحدة من: " + ArticleStatus.SETTABLE);
        }
        ArticleRules.checkSave(actor, current, requested);
        Validation v = new Validation();

        String headline = trim(in.headline());
        v.require(!headline.isEmpty(), "headline", "العنوان مطلوب");
        v.require(headline.length() <= 500, "headline", "العنوان أطول من " + ArabicCount.after(500, CountedNoun.CHARACTER, DigitStyle.WESTERN));
        String kicker = trim(in.kicker());
        v.require(kicker.length() <= 200, "kicker", "العنوان التمهيدي أطول من " + ArabicCount.after(200, CountedNoun.CHARACTER, DigitStyle.WESTERN));
        String summary = trim(in.summary());
        v.require(summary.length() <= 1000, "summary", "الملخص أطول من " + ArabicCount.after(1000, CountedNoun.CHARACTER, DigitStyle.WESTERN));

        Optional<Section> section = Optional.empty();
        if (trim(in.section()).isEmpty()) {
            v.add("section", "القسم مطلوب");
        } else {
            section = sections.findBySlug(trim(in.section()));
            v.require(section.isPresent(), "section", "لا يوجد قسم بالمعرّف: " + trim(in.section()));
        }

        boolean hasDesk = !trim(in.deskName()).isEmpty();
        List<String> authorSlugs = in.authorSlugs() == null ? List.of()
                : in.authorSlugs().stream().map(ArticleService::trim).filter(s -> !s.isEmpty()).distinct().toList();
        v.require(hasDesk || !authorSlugs.isEmpty(), "byline", "التوقيع مطلوب: مكتب تحرير (byline.desk) أو كاتب واحد على الأقل (byline.authors)");
        v.require(!(hasDesk && !authorSlugs.isEmpty()), "byline", "التوقيع إما مكتب تحرير أو كتّاب، لا الاثنان معاً");
        v.require(trim(in.deskName()).length() <= 200, "byline.desk", "اسم مكتب التحرير أطول من " + ArabicCount.after(200, CountedNoun.CHARACTER, DigitStyle.WESTERN));
        List<Author> authorList = new ArrayList<>();
        for (String slug : authorSlugs) {
            authors.findBySlug(slug).ifPresentOrElse(authorList::add,
                    () -> v.add("byline.authors", "لا يوجد كاتب بالمعرّف: " + slug));
        }

        Instant publishedAt = parseTime(in.publishedAt(), "publishedAt", v);
        Instant updatedAt = parseTime(in.updatedAt(), "updatedAt", v);

        FeaturedImage image = checkImage(in.featuredImage(), v);

        String body = BodySanitizer.sanitize(in.body());
        v.require(body.length() <= 1_000_000, "body", "نص المقال أطول من المسموح");
        boolean goingOut = requested == ArticleStatus.PUBLISHED || requested == ArticleStatus.SCHEDULED;
        v.require(!goingOut || BodySanitizer.hasContent(body), "body", "لا يُنشر مقال بلا نص");

        List<String> tagNames = new ArrayList<>();
        if (in.tags() != null) {
            LinkedHashSet<String> seen = new LinkedHashSet<>();
            for (String t : in.tags()) {
                String name = trim(t).replaceAll("\\s+", " ");
                if (name.isEmpty()) {
                    v.add("tags", "وسم فارغ");
                } else if (name.length() > 100) {
                    v.add("tags", "الوسم أطول من " + ArabicCount.after(100, CountedNoun.CHARACTER, DigitStyle.WESTERN) + ": " + name.substring(0, 20) + "…");
                } else {
                    seen.add(name);
                }
            }
            v.require(seen.size() <= MAX_TAGS, "tags", "الحد الأقصى " + ArabicCount.of(MAX_TAGS, CountedNoun.TAG, DigitStyle.WESTERN));
            tagNames.addAll(seen);
        }

        ArticleSeo seo = checkSeo(in.seo(), v);

        CommentsMode comments = in.comments() == null ? (current == null ? CommentsMode.OPEN : current.comments())
                : CommentsMode.fromWire(trim(in.comments()));
        v.require(comments != null, "comments", "وضع التعليقات يجب أن يكون open أو closed أو hidden");

        String slug = trim(in.slug()).isEmpty() ? ArabicSlugs.slugify(headline) : ArabicSlugs.slugify(in.slug());
        // A tag or desk is public taxonomy: naming a new one in an article creates it, which needs the role that manages them.
        if (!actor.can(Permission.MANAGE_TAXONOMY)) {
            for (String name : tagNames) {
                v.require(tags.find(name).isPresent(), "tags", "الوسم «" + name + "» غير موجود؛ إنشاء وسم جديد يتطلب دور محرر أو أعلى");
            }
            v.require(!hasDesk || bylines.findDesk(in.deskName()).isPresent(), "byline.desk",
                    "مكتب التحرير «" + trim(in.deskName()) + "» غير موجود؛ إنشاء مكتب جديد يتطلب دور محرر أو أعلى");
        }
        v.throwIfInvalid();

        // Publication time is set once: the first time the article goes out, unless given.
        Instant effectivePublishedAt = publishedAt != null ? publishedAt
                : current != null && current.publishedAt() != null ? current.publishedAt()
                : requested == ArticleStatus.PUBLISHED ? now : null;
        // Publishing with a time still to come is scheduling; scheduling needs such a time.
        ArticleStatus status = requested;
        if (requested == ArticleStatus.PUBLISHED && effectivePublishedAt.isAfter(now)) {
            status = ArticleStatus.SCHEDULED;
        } else if (requested == ArticleStatus.SCHEDULED && (effectivePublishedAt == null || !effectivePublishedAt.isAfter(now))) {
            throw new com.nashir.system.InvalidInputException("publishedAt", "الجدولة تحتاج موعد نشر في المستقبل (publishedAt)");
        }
        Instant effectiveUpdatedAt = updatedAtFor(current, in, headline, summary, body, image, status, updatedAt, now);
        if (effectiveUpdatedAt != null && effectivePublishedAt != null && effectiveUpdatedAt.isBefore(effectivePublishedAt)) {
            throw new com.nashir.system.InvalidInputException("updatedAt", "تاريخ آخر تحديث يسبق تاريخ النشر");
        }

        Desk desk = hasDesk ? bylines.deskFor(in.deskName()) : null;
        var row = new ArticleRepository.Row(slug.isEmpty() ? "article" : slug, headline, kicker, summary, section.get().id(),
                desk == null ? null : desk.id(), status, effectivePublishedAt, effectiveUpdatedAt, image, body, comments, seo);
        return new Checked(row, section.get(), desk, authorList, tagNames);
    }

    /**
     * "آخر تحديث" moves only for a substantive change (headline, summary, body or picture) to
     * an article already out, unless the caller marks the edit as minor or gives the time itself.
     */
    private static Instant updatedAtFor(Article current, ArticleInput in, String headline, String summary, String body,
                                        FeaturedImage image, ArticleStatus status, Instant given, Instant now) {
        if (given != null) {
            return given;
        }
        if (current == null) {
            return null;
        }
        boolean wasPublic = current.status() == ArticleStatus.PUBLISHED && current.publishedAt() != null
                && !current.publishedAt().isAfter(now);
        boolean substantive = !current.headline().equals(headline) || !current.summary().equals(summary)
                || !current.body().equals(body) || !Objects.equals(current.image(), image);
        return wasPublic && status == ArticleStatus.PUBLISHED && substantive && !in.minor() ? now : current.updatedAt();
    }

    private static FeaturedImage checkImage(ArticleInput.ImageInput img, Validation v) {
        if (img == null || (trim(img.url()).isEmpty() && trim(img.caption()).isEmpty() && trim(img.alt()).isEmpty())) {
            return null;
        }
        String url = trim(img.url());
        v.require(!url.isEmpty(), "featuredImage.url", "رابط الصورة مطلوب");
        v.require(url.isEmpty() || SafeUrls.isSafe(url), "featuredImage.url", SafeUrls.RULE_AR);
        v.require(!trim(img.alt()).isEmpty(), "featuredImage.alt", "النص البديل للصورة مطلوب لمن لا يرى الصورة");
        v.require(trim(img.alt()).length() <= 1000, "featuredImage.alt", "النص البديل أطول من " + ArabicCount.after(1000, CountedNoun.CHARACTER, DigitStyle.WESTERN));
        v.require(trim(img.caption()).length() <= 1000, "featuredImage.caption", "التعليق أطول من " + ArabicCount.after(1000, CountedNoun.CHARACTER, DigitStyle.WESTERN));
        v.require(trim(img.credit()).length() <= 300, "featuredImage.credit", "اسم المصوّر أطول من " + ArabicCount.after(300, CountedNoun.CHARACTER, DigitStyle.WESTERN));
        return new FeaturedImage(url, trim(img.caption()), trim(img.credit()), trim(img.alt()),
                Boolean.TRUE.equals(img.archive()));
    }

    /** The search and social texts: one line each (breaks become spaces), within their limits. */
    private static ArticleSeo checkSeo(ArticleSeo seo, Validation v) {
        if (seo == null) {
            return ArticleSeo.NONE;
        }
        String title = trim(seo.title()).replaceAll("\\s+", " ");
        String description = trim(seo.description()).replaceAll("\\s+", " ");
        v.require(title.length() <= ArticleSeo.MAX_TITLE, "seo.title", "عنوان محركات البحث والمشاركة أطول من "
                + ArabicCount.after(ArticleSeo.MAX_TITLE, CountedNoun.CHARACTER, DigitStyle.WESTERN));
        v.require(description.length() <= ArticleSeo.MAX_DESCRIPTION, "seo.description", "وصف محركات البحث والمشاركة أطول من "
                + ArabicCount.after(ArticleSeo.MAX_DESCRIPTION, CountedNoun.CHARACTER, DigitStyle.WESTERN));
        return new ArticleSeo(title, description);
    }

    private List<Tag> resolveTags(List<String> names, Instant now) {
        LinkedHashSet<Tag> resolved = new LinkedHashSet<>();
        for (String name : names) {
            resolved.add(tags.findOrCreate(name, now));
        }
        return List.copyOf(resolved);
    }

    /** ISO-8601 with an offset ("2024-06-17T10:30:00+03:00" or "...Z"); a bare local time is ambiguous. */
    private static Instant parseTime(String text, String field, Validation v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Instant t = OffsetDateTime.parse(text.trim()).toInstant();
            if (t.isBefore(Instant.parse("1900-01-01T00:00:00Z")) || t.isAfter(Instant.parse("2999-12-31T00:00:00Z"))) {
                v.add(field, "التاريخ خارج المدى المقبول");
                return null;
            }
            return t;
        } catch (DateTimeParseException e) {
            v.add(field, "صيغة التاريخ غير صحيحة؛ المطلوب ISO-8601 مع فرق التوقيت، مثل 2024-06-17T10:30:00+03:00");
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
