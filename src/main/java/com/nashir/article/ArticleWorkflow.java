package com.nashir.article;

import com.nashir.access.Actor;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.audit.AuditLog;
import com.nashir.system.ConflictException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.Sql;
import com.nashir.system.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moves of an article that are not a plain save: trash, restore, purge, corrections,
 * bringing back an old revision, and publishing what was scheduled.
 */
@Service
public class ArticleWorkflow {
    private static final Logger log = LoggerFactory.getLogger(ArticleWorkflow.class);

    private final ArticleRepository articles;
    private final ArticleService service;
    private final ArticleRevisions revisions;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleWorkflow(
            ArticleRepository articles,
            ArticleService service,
            ArticleRevisions revisions,
            AuditLog audit,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.articles = articles;
        this.service = service;
        this.revisions = revisions;
        this.audit = audit;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Any state → trashed. The article leaves the site at once; it can be restored. */
    @Transactional
    public Article trash(Actor actor, long id) {
        Article a = get(id);
        if (a.status() == ArticleStatus.TRASHED) {
            return a;
        }
        ArticleRules.checkTrash(actor, a);
        move(a, ArticleStatus.TRASHED, a.status());
        audit.record(actor, "article.trash", "article " + id, a.headline());
        return changed(a);
    }

    /** Trashed → the state it was in before. */
    @Transactional
    public Article restore(Actor actor, long id) {
        Article a = get(id);
        if (a.status() != ArticleStatus.TRASHED) {
            throw new ConflictException("status", Messages.text("article.restore.not-trashed"));
        }
        ArticleRules.checkRestore(actor, a);
        ArticleStatus back = a.trashedFrom() == null ? ArticleStatus.DRAFT : a.trashedFrom();
        move(a, back, null);
        audit.record(actor, "article.restore", "article " + id, a.headline());
        return changed(a);
    }

    /** Deletes a trashed article for good, with its revisions and corrections. */
    @Transactional
    public void purge(Actor actor, long id) {
        Article a = get(id);
        ArticleRules.checkEditorOnly(actor);
        if (a.status() != ArticleStatus.TRASHED) {
            throw new ConflictException("status", Messages.text("article.purge.not-trashed"));
        }
        articles.delete(id);
        audit.record(actor, "article.purge", "article " + id, a.headline());
        events.publishEvent(ArticleChanged.of(id, a, null));
    }

    /** A dated correction under the article; it counts as a substantive update ("آخر تحديث"). */
    @Transactional
    public Correction addCorrection(Actor actor, long id, String text) {
        Article a = get(id);
        ArticleRules.checkEditorOnly(actor);
        Validation.check(
                Validation.present(text) && text.strip().length() <= 2000,
                "text",
                Messages.text(
                        "article.correction.text-required",
                        ArabicCount.after(2000, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        if (a.status() != ArticleStatus.PUBLISHED) {
            throw new ConflictException("status", Messages.text("article.correction.not-published"));
        }
        Instant now = clock.instant();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into article_correction (article_id, created_at, text, actor_name) values (?, ?, ?, ?)")
                .params(id, Sql.param(now), text.strip(), actor.name())
                .update(keys, "id");
        articles.touchUpdatedAt(id, now);
        audit.record(actor, "article.correction", "article " + id, text.strip());
        changed(a);
        return new Correction(keys.getKey().longValue(), id, now, text.strip());
    }

    public List<Correction> corrections(long articleId) {
        return jdbc.sql(
                        "select id, article_id, created_at, text from article_correction where article_id = ? order by created_at, id")
                .param(articleId)
                .query((rs, n) -> new Correction(
                        rs.getLong("id"),
                        rs.getLong("article_id"),
                        Sql.instant(rs, "created_at"),
                        rs.getString("text")))
                .list();
    }

    /** Brings the content of an old revision back as a new save (status and dates stay). */
    @Transactional
    public Article restoreRevision(Actor actor, long id, long revisionId) {
        Article a = get(id);
        return service.update(actor, a, revisions.snapshot(id, revisionId).toInput(a.version()));
    }

    /**
     * Publishes every scheduled article whose time has come. Safe on several nodes at once: each
     * article is switched by a conditional update that only one node can win.
     */
    public int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        for (long id : articles.dueScheduled(now, 100)) {
            Article before = articles.findById(id).orElse(null);
            if (before != null && articles.publishIfStillScheduled(id, now)) {
                published++;
                Article a = articles.findById(id).orElseThrow();
                audit.record(Actor.system("scheduler"), "article.published", "article " + id, a.headline());
                log.info("Published scheduled article {} ({})", id, a.publishedAt());
                events.publishEvent(ArticleChanged.of(id, before, a));
            }
        }
        return published;
    }

    private void move(Article a, ArticleStatus to, ArticleStatus trashedFrom) {
        if (!articles.setStatus(a.id(), a.version(), to, trashedFrom, clock.instant())) {
            throw new ConflictException("version", Messages.text("article.version.changed"));
        }
    }

    /** The change event for an article as it was before this move and as it is now; returns it as it is now. */
    private Article changed(Article before) {
        Article after = articles.findById(before.id()).orElseThrow();
        events.publishEvent(ArticleChanged.of(before.id(), before, after));
        return after;
    }

    private Article get(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("article.not-found")));
    }
}
