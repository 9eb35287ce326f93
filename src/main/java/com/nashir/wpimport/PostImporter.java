package com.nashir.wpimport;

import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.ArabicPunctuation;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.article.Article;
import com.nashir.article.ArticleInput;
import com.nashir.article.ArticleRepository;
import com.nashir.article.ArticleService;
import com.nashir.article.ArticleStatus;
import com.nashir.article.BodySanitizer;
import com.nashir.media.MediaItem;
import com.nashir.system.ConflictException;
import com.nashir.system.ForbiddenException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.wpimport.ImportReport.Kind;
import com.nashir.wpimport.ImportReport.Outcome;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts and pages into articles, through the article service (so every rule of a save holds and
 * the body is sanitized), each with its comments, in a transaction of its own: a post that fails
 * leaves nothing behind and the import goes on. Statuses: publish → published, future →
 * scheduled (published if its time has passed), draft → draft, pending → review, private → draft
 * (kept out of sight, with a warning); trash, auto-draft and revisions are skipped.
 */
@Component
class PostImporter {
    static final String DESK = Messages.text("wpimport.post.fallback-desk");
    static final String UNTITLED = Messages.text("wpimport.post.untitled");
    static final String PAGES_SECTION_NAME = Messages.text("wpimport.section.pages-name");
    /** WordPress stamps "modified" a moment after publishing; only a later change is an update worth showing. */
    static final long UPDATE_THRESHOLD_SECONDS = 60;

    private final ArticleService articles;
    private final ArticleRepository articleRows;
    private final TaxonomyImporter taxonomy;
    private final AttachmentImporter attachments;
    private final CommentImporter comments;
    private final ImportMap map;
    private final TransactionTemplate tx;

    PostImporter(
            ArticleService articles,
            ArticleRepository articleRows,
            TaxonomyImporter taxonomy,
            AttachmentImporter attachments,
            CommentImporter comments,
            ImportMap map,
            PlatformTransactionManager transactions) {
        this.articles = articles;
        this.articleRows = articleRows;
        this.taxonomy = taxonomy;
        this.attachments = attachments;
        this.comments = comments;
        this.map = map;
        this.tx = new TransactionTemplate(transactions);
    }

    void item(ImportRun run, Wxr.Item item) {
        switch (item.type()) {
            case "attachment" -> attachments.media(run, item.id());
            case "post" -> article(run, item, Kind.ARTICLE);
            case "page" -> {
                if (run.options.pagesSection() == null) {
                    run.report.add(Kind.PAGE, Outcome.SKIPPED);
                } else {
                    article(run, item, Kind.PAGE);
                }
            }
            default -> run.report.add(Kind.OTHER, Outcome.SKIPPED);
        }
    }

    private void article(ImportRun run, Wxr.Item item, Kind kind) {
        String wpStatus = item.get("wp:status");
        String status = switch (wpStatus) {
            case "publish", "future" -> "published";
            case "draft" -> "draft";
            case "pending" -> "review";
            case "private" -> "draft";
            default -> null;
        };
        String headline = WpText.plain(item.get("title"));
        if (status == null || item.id().isEmpty()) {
            run.report.add(kind, Outcome.SKIPPED);
            return;
        }
        String where = Messages.text(
                "wpimport.post.where",
                headline.isEmpty() ? UNTITLED : WpText.cut(headline, 60),
                item.id(),
                item.line());
        if ("private".equals(wpStatus)) {
            run.report.warn(Messages.text("wpimport.post.private", where));
        }
        Instant date =
                firstOf(WpText.gmt(item.get("wp:post_date_gmt")), WpText.local(item.get("wp:post_date"), run.zone));
        Instant modified = firstOf(
                WpText.gmt(item.get("wp:post_modified_gmt")), WpText.local(item.get("wp:post_modified"), run.zone));
        boolean goingOut = "published".equals(status);
        Instant publishedAt = goingOut ? firstOf(date, run.started) : null;
        Instant updatedAt =
                goingOut && modified != null && modified.isAfter(publishedAt.plusSeconds(UPDATE_THRESHOLD_SECONDS))
                        ? modified
                        : null;

        if (headline.isEmpty()) {
            headline = UNTITLED;
            run.report.warn(Messages.text("wpimport.post.untitled-named", where, UNTITLED));
        } else if (headline.length() > 500) {
            headline = WpText.cut(headline, 500);
            run.report.warn(Messages.text(
                    "wpimport.post.headline-cut",
                    where,
                    ArabicCount.after(500, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        }
        String section = section(run, item, kind);
        if (section == null) {
            run.report.add(kind, Outcome.FAILED);
            run.report.warn(Messages.text("wpimport.post.no-section", where));
            return;
        }
        List<String> tagNames = tags(run, item, where);
        String login = item.get("dc:creator");
        String authorSlug = run.authors.get(login);
        if (authorSlug == null && run.unknownAuthors.add(login)) {
            run.report.warn(Messages.text("wpimport.post.unknown-author", login, where, DESK));
        }

        String thumbId = item.meta("_thumbnail_id");
        Optional<MediaItem> picture = thumbId.isEmpty() ? Optional.empty() : attachments.media(run, thumbId);
        ArticleInput.ImageInput image = picture.map(
                        m -> new ArticleInput.ImageInput(m.display().path(), m.caption(), m.credit(), m.alt(), false))
                .orElse(null);

        String raw = item.raw("content:encoded");
        Map<String, Integer> unsafe = WpContent.unsafeElements(raw);
        if (!unsafe.isEmpty()) {
            run.report.warn(Messages.text(
                    "wpimport.post.unsafe-removed",
                    where,
                    unsafe.entrySet().stream()
                            .map(e -> e.getKey() + " ×" + e.getValue())
                            .collect(Collectors.joining(ArabicPunctuation.LIST_SEPARATOR))));
        }
        String body = WpContent.prepare(raw, url -> {
            String attachment = run.scan.attachmentFor(url);
            return attachment == null
                    ? null
                    : attachments
                            .media(run, attachment)
                            .map(m -> m.display().path())
                            .orElse(null);
        });
        if (goingOut && !BodySanitizer.hasContent(BodySanitizer.sanitize(body))) {
            status = "draft";
            publishedAt = null;
            updatedAt = null;
            run.report.warn(Messages.text("wpimport.post.empty-body", where));
        }

        String summary = WpText.plain(item.get("excerpt:encoded"));
        if (summary.length() > 1000) {
            summary = WpText.cut(summary, 1000);
        }
        String slug = WpText.decode(item.get("wp:post_name"));
        String comments = "closed".equals(item.get("wp:comment_status")) ? "closed" : "open";
        ArticleInput input = new ArticleInput(
                headline,
                "",
                summary,
                slug,
                section,
                authorSlug == null ? DESK : null,
                authorSlug == null ? null : List.of(authorSlug),
                status,
                iso(publishedAt),
                iso(updatedAt),
                image,
                body,
                tagNames,
                comments,
                true,
                null);

        String mapKind = kind == Kind.PAGE ? "page" : "post";
        String fingerprint = WpText.fingerprint(
                item.raw("title"),
                raw,
                item.raw("excerpt:encoded"),
                wpStatus,
                item.get("wp:post_date_gmt"),
                item.get("wp:post_date"),
                item.get("wp:post_modified_gmt"),
                item.get("wp:post_name"),
                login,
                String.valueOf(authorSlug),
                item.terms().toString(),
                thumbId,
                picture.map(m -> m.display().path()).orElse(""),
                item.get("wp:comment_status"),
                section,
                status);
        Optional<ImportMap.Row> row = map.find(mapKind, item.id());
        Optional<Article> existing = row.flatMap(r -> articleRows.findById(r.nashirId()));
        long articleId;
        if (existing.isPresent() && row.get().fingerprint().equals(fingerprint)) {
            run.report.add(kind, Outcome.UNCHANGED);
            articleId = existing.get().id();
        } else {
            String wpDate = wpDate(item, date, run.zone);
            try {
                articleId = tx.execute(s -> {
                    Article a = existing.isPresent()
                            ? articles.update(run.actor, existing.get().id(), input)
                            : articles.create(run.actor, input);
                    map.put(new ImportMap.Row(mapKind, item.id(), a.id(), slug, wpDate, fingerprint), run.started);
                    return a.id();
                });
            } catch (InvalidInputException | ConflictException | ForbiddenException | NotFoundException e) {
                run.report.add(kind, Outcome.FAILED);
                run.report.warn(where + ": " + Problems.message(e));
                return;
            }
            run.report.add(kind, existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED);
        }
        if ("future".equals(wpStatus)) {
            articleRows
                    .findById(articleId)
                    .filter(a -> a.status() != ArticleStatus.SCHEDULED)
                    .ifPresent(a -> run.report.warn(Messages.text("wpimport.post.schedule-passed", where)));
        }
        this.comments.comments(run, item, articleId, firstOf(date, run.started), where);
    }

    private String section(ImportRun run, Wxr.Item item, Kind kind) {
        if (kind == Kind.PAGE) {
            return taxonomy.ensureSection(run, run.options.pagesSection(), PAGES_SECTION_NAME);
        }
        for (Wxr.ItemTerm t : item.terms()) {
            if ("category".equals(t.domain())) {
                String s =
                        taxonomy.sectionFor(run, null, WpText.decode(t.nicename()), WpText.plain(t.name()), "", false);
                if (s != null) {
                    return s;
                }
            }
        }
        return taxonomy.ensureSection(run, TaxonomyImporter.FALLBACK_SECTION, TaxonomyImporter.FALLBACK_SECTION_NAME);
    }

    /** The post's tags, then the names of its categories after the first (a section holds one). */
    private List<String> tags(ImportRun run, Wxr.Item item, String where) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        boolean firstCategory = true;
        for (Wxr.ItemTerm t : item.terms()) {
            if ("post_tag".equals(t.domain())) {
                String name = taxonomy.tagFor(run, null, WpText.decode(t.nicename()), WpText.plain(t.name()), "");
                if (name != null) {
                    names.add(name);
                }
            } else if ("category".equals(t.domain())) {
                if (!firstCategory && !WpText.plain(t.name()).isEmpty()) {
                    names.add(WpText.cut(WpText.plain(t.name()), 100));
                }
                firstCategory = false;
            }
        }
        List<String> out = new ArrayList<>(names);
        if (out.size() > 20) {
            run.report.warn(Messages.text(
                    "wpimport.post.tags-cut",
                    where,
                    ArabicCount.of(out.size(), CountedNoun.TAG, DigitStyle.WESTERN),
                    ArabicCount.of(20, CountedNoun.TAG, DigitStyle.WESTERN)));
            return out.subList(0, 20);
        }
        return out;
    }

    /** The day in the post's old address (/2024/06/17/slug/): WordPress builds it from the local date. */
    private static String wpDate(Wxr.Item item, Instant date, ZoneId zone) {
        String local = item.get("wp:post_date");
        if (WpText.local(local) != null) {
            return local.substring(0, 10);
        }
        return date == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(date.atZone(zone));
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }

    @SafeVarargs
    private static <T> T firstOf(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
