package com.nashir.coverage;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.article.Article;
import com.nashir.article.ArticleRepository;
import com.nashir.article.ArticleRules;
import com.nashir.article.ArticleStatus;
import com.nashir.article.BodySanitizer;
import com.nashir.article.LiveState;
import com.nashir.audit.AuditLog;
import com.nashir.breaking.BreakingEvent;
import com.nashir.breaking.BreakingEvents;
import com.nashir.media.MediaItem;
import com.nashir.media.MediaLibrary;
import com.nashir.system.ConflictException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live coverage ("تغطية مباشرة"): an article turned live takes timestamped updates, newest first,
 * one of them pinned as the key update, until the desk ends it (and may resume it). Every change is
 * written with its event in the live log ({@link BreakingEvents}), so open pages on every node get
 * it through the stream that carries "عاجل", and with a {@link LiveCoverageChanged} for the caches.
 *
 * <p>Who may: the article's owner (a writer or above) and editors, the same people who may open
 * the article in the newsroom ({@link ArticleRules#mayRead}). An update is changed or removed by
 * whoever posted it, or an editor.
 */
@Service
public class LiveCoverage {
    public static final int MAX_CHARS = 20_000;

    /**
     * An update as sent: HTML (sanitized here), optionally a picture of the media library by its
     * address, and optionally when it happened (ISO-8601 with offset, not in the future: a coverage
     * brought over from another system keeps its times; absent, now).
     */
    public record UpdateInput(String body, String image, String postedAt) {
        public UpdateInput(String body, String image) {
            this(body, image, null);
        }
    }

    private final ArticleRepository articles;
    private final LiveUpdates updates;
    private final BreakingEvents log;
    private final MediaLibrary media;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LiveCoverage(
            ArticleRepository articles,
            LiveUpdates updates,
            BreakingEvents log,
            MediaLibrary media,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.articles = articles;
        this.updates = updates;
        this.log = log;
        this.media = media;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The updates of an article the actor may read in the newsroom, newest first. */
    public List<LiveUpdate> updates(Actor actor, long articleId) {
        ArticleRules.checkRead(actor, article(articleId));
        return updates.of(articleId);
    }

    /** Turns the article into live coverage, or resumes an ended one. */
    @Transactional
    public Article start(Actor actor, long articleId) {
        return setState(actor, articleId, LiveState.LIVE, "article.live.start");
    }

    /** Ends the coverage: the badge goes, the updates stay. */
    @Transactional
    public Article end(Actor actor, long articleId) {
        Article a = article(articleId);
        if (a.live() != LiveState.LIVE) {
            throw new ConflictException("live", Messages.text("coverage.not-live"));
        }
        return setState(actor, articleId, LiveState.ENDED, "article.live.end");
    }

    @Transactional
    public LiveUpdate post(Actor actor, long articleId, UpdateInput in) {
        Article a = article(articleId);
        checkDesk(actor, a);
        if (a.live() != LiveState.LIVE) {
            throw new ConflictException(
                    "live",
                    a.live() == LiveState.ENDED
                            ? Messages.text("coverage.ended")
                            : Messages.text("coverage.not-started"));
        }
        Instant now = clock.instant();
        Instant at = postedAt(in, now);
        String body = body(in);
        long id = updates.insert(articleId, at, now, body, actor.userId(), actor.name());
        articles.touchLive(articleId, now);
        audit.record(actor, "article.live.update", "article " + articleId, "update " + id);
        announce(articleId, BreakingEvent.LIVE_POSTED, id);
        return updates.find(id).orElseThrow();
    }

    @Transactional
    public LiveUpdate change(Actor actor, long updateId, UpdateInput in) {
        LiveUpdate u = update(updateId);
        checkOwnUpdate(actor, u);
        String body = body(in);
        Instant now = clock.instant();
        updates.changeBody(updateId, body, now);
        articles.touchLive(u.articleId(), now);
        audit.record(actor, "article.live.change", "article " + u.articleId(), "update " + updateId);
        announce(u.articleId(), BreakingEvent.LIVE_CHANGED, updateId);
        return updates.find(updateId).orElseThrow();
    }

    @Transactional
    public void delete(Actor actor, long updateId) {
        LiveUpdate u = update(updateId);
        checkOwnUpdate(actor, u);
        updates.delete(updateId);
        articles.touchLive(u.articleId(), clock.instant());
        audit.record(actor, "article.live.delete", "article " + u.articleId(), "update " + updateId);
        announce(u.articleId(), BreakingEvent.LIVE_DELETED, updateId);
    }

    /** Makes an update the key one, shown first (the one pinned before goes back to its time), or unpins it. */
    @Transactional
    public LiveUpdate pin(Actor actor, long updateId, boolean pinned) {
        LiveUpdate u = update(updateId);
        checkDesk(actor, article(u.articleId()));
        for (long changed : updates.pin(u.articleId(), updateId, pinned, clock.instant())) {
            log.record(BreakingEvent.LIVE_CHANGED, changed);
        }
        audit.record(
                actor,
                pinned ? "article.live.pin" : "article.live.unpin",
                "article " + u.articleId(),
                "update " + updateId);
        events.publishEvent(new LiveCoverageChanged(u.articleId()));
        return updates.find(updateId).orElseThrow();
    }

    public LiveUpdate update(long id) {
        return updates.find(id).orElseThrow(() -> new NotFoundException(Messages.text("coverage.update.not-found")));
    }

    /** Plain text as the newsroom's box sends it: a paragraph per line, an address alone on its line a link (an embed when the provider is known). */
    public static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            String escaped = Entities.escape(l);
            if (l.matches("https?://\\S+")) {
                html.append("<p><a href=\"")
                        .append(escaped)
                        .append("\">")
                        .append(escaped)
                        .append("</a></p>");
            } else {
                html.append("<p>").append(escaped).append("</p>");
            }
        }
        return html.toString();
    }

    private Article setState(Actor actor, long articleId, LiveState state, String action) {
        Article a = article(articleId);
        checkDesk(actor, a);
        if (a.live() != state) {
            articles.setLive(articleId, state, clock.instant());
            audit.record(actor, action, "article " + articleId, a.headline());
            announce(articleId, BreakingEvent.LIVE_STATE, articleId);
        }
        return article(articleId);
    }

    /** The event in the live log (last in the transaction: see {@link BreakingEvents#record}) and the caches' change. */
    private void announce(long articleId, String kind, long itemId) {
        events.publishEvent(new LiveCoverageChanged(articleId));
        log.record(kind, itemId);
    }

    /** When the update happened: as sent (not in the future), or now. */
    private static Instant postedAt(UpdateInput in, Instant now) {
        if (!Validation.present(in.postedAt())) {
            return now;
        }
        Instant at;
        try {
            at = java.time.OffsetDateTime.parse(in.postedAt().strip()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new com.nashir.system.InvalidInputException(
                    "postedAt", Messages.text("coverage.update.time-invalid"));
        }
        Validation.check(!at.isAfter(now.plusSeconds(60)), "postedAt", Messages.text("coverage.update.time-future"));
        return at;
    }

    private String body(UpdateInput in) {
        Validation v = new Validation();
        String html = BodySanitizer.sanitize(in.body() == null ? "" : in.body());
        MediaItem picture = null;
        if (Validation.present(in.image())) {
            picture = media.byPath(in.image().strip()).orElse(null);
            v.require(picture != null, "image", Messages.text("coverage.update.image-not-found"));
        }
        v.require(
                BodySanitizer.hasContent(html) || picture != null || html.contains("data-embed"),
                "body",
                Messages.text("coverage.update.body-required"));
        v.require(
                html.length() <= MAX_CHARS,
                "body",
                Messages.text(
                        "coverage.update.too-long",
                        ArabicCount.after(MAX_CHARS, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        v.throwIfInvalid();
        if (picture != null) {
            String alt = Entities.escape(picture.alt() == null ? "" : picture.alt());
            String caption = picture.caption() == null || picture.caption().isBlank()
                    ? ""
                    : "<figcaption>" + Entities.escape(picture.caption()) + "</figcaption>";
            html = BodySanitizer.sanitize("<figure><img src=\""
                            + Entities.escape(in.image().strip()) + "\" alt=\"" + alt + "\">" + caption + "</figure>")
                    + html;
        }
        return html;
    }

    private static void checkDesk(Actor actor, Article a) {
        actor.require(Permission.COVER_LIVE);
        ArticleRules.checkRead(actor, a);
        if (a.status() == ArticleStatus.TRASHED) {
            throw new ConflictException("status", Messages.text("coverage.article.trashed"));
        }
    }

    private void checkOwnUpdate(Actor actor, LiveUpdate u) {
        actor.require(Permission.COVER_LIVE);
        if (!actor.can(Permission.EDIT_ANY_ARTICLE) && !actor.isUser(u.authorId())) {
            throw Actor.forbidden(Permission.EDIT_ANY_ARTICLE.least());
        }
    }

    private Article article(long id) {
        return articles.findById(id)
                .orElseThrow(() -> new NotFoundException(Messages.text("coverage.article.not-found")));
    }
}
