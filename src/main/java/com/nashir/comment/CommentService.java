package com.nashir.comment;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.article.CommentsMode;
import com.nashir.audit.AuditLog;
import com.nashir.comment.CommentRefused.Reason;
import com.nashir.published.PublicArticle;
import com.nashir.published.PublishedArticles;
import com.nashir.site.SiteSettings;
import com.nashir.site.SiteSettingsStore;
import com.nashir.system.ConflictException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.PageOf;
import com.nashir.system.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readers' comments and their moderation, with every rule in one place so the public form, the
 * newsroom and the API agree: who may comment where (closing), what a comment may contain, the
 * abuse guards, and who may moderate. No HTTP here; audiences map the exceptions to statuses
 * (InvalidInputException 400, CommentRefused 400/403/429, ConflictException 409 when closed).
 */
@Service
public class CommentService {
    public static final int MIN_TEXT = 2;
    public static final int MAX_TEXT = 3000;
    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 200;
    /** After the site's closed notice ({@link SiteSettings#commentsClosedNotice()}) in the refusal of a post. */
    public static final String CLOSED_REASON = Messages.text("comment.closed-reason");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CommentRepository comments;
    private final CommentPolicies policies;
    private final FormTokens tokens;
    private final CommentLimits limits;
    private final ReentrantLock[] addressTurns = new ReentrantLock[64];
    private final PublishedArticles published;
    private final SiteSettingsStore settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    CommentService(
            CommentRepository comments,
            CommentPolicies policies,
            FormTokens tokens,
            CommentLimits limits,
            PublishedArticles published,
            SiteSettingsStore settings,
            AuditLog audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.comments = comments;
        this.policies = policies;
        this.tokens = tokens;
        this.limits = limits;
        for (int i = 0; i < addressTurns.length; i++) {
            addressTurns[i] = new ReentrantLock();
        }
        this.published = published;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * A reader's comment as posted. {@code trap} is the hidden field people never fill in;
     * {@code token} the form's token ({@link FormTokens}); {@code address} the poster's network address.
     */
    public record CommentInput(
            long articleId,
            String name,
            String email,
            String text,
            Long parentId,
            String trap,
            String token,
            String address) {}

    /** Whether the article takes comments now: open, closed (by the newsroom or by age) or hidden. */
    public CommentsMode state(PublicArticle article) {
        if (article.comments() != CommentsMode.OPEN) {
            return article.comments();
        }
        SiteSettings site = settings.current();
        return site.commentsClosedByAge(article.publishedAt(), clock.instant())
                ? CommentsMode.CLOSED
                : CommentsMode.OPEN;
    }

    /** When an article open to comments closes by age (the site's "close after N days"), if it does. */
    public java.util.Optional<Instant> closesAt(PublicArticle article) {
        int days = settings.current().commentsCloseDays();
        if (article.comments() != CommentsMode.OPEN || days <= 0 || article.publishedAt() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(article.publishedAt().plus(java.time.Duration.ofDays(days)));
    }

    /**
     * Posts a reader's comment. It is pending (waits for an editor) unless the site trusts
     * returning commenters and this email already has an approved comment. Checks, in order: the
     * article is public (else NotFound) and open (else Conflict, also for a form loaded before
     * the closing), the hidden field, the form token and the minimum delay, blocked addresses, the
     * fields themselves (all mistakes at once), then the rate limits. Nothing is written unless all pass.
     */
    public Comment post(CommentInput in) {
        PublicArticle article = published
                .byId(in.articleId())
                .orElseThrow(() -> new NotFoundException(Messages.text("comment.article-not-found")));
        if (state(article) != CommentsMode.OPEN) {
            throw new ConflictException("article", settings.current().commentsClosedNotice() + ": " + CLOSED_REASON);
        }
        if (Validation.present(in.trap())) {
            throw new CommentRefused(Reason.TRAP, Messages.text("comment.refused.trap"));
        }
        checkToken(in);
        String address = in.address() == null ? "" : in.address();
        CommentPolicy policy = policies.current();
        if (AddressRules.matches(address, policy.blockedAddresses())) {
            throw new CommentRefused(Reason.BLOCKED, Messages.text("comment.refused.blocked"));
        }
        String name = CommentText.clean(in.name()).replace('\n', ' ');
        String email = in.email() == null ? "" : in.email().strip().toLowerCase(Locale.ROOT);
        String text = CommentText.clean(in.text());
        Validation v = new Validation();
        v.require(!name.isEmpty(), "name", Messages.text("comment.name.required"));
        v.require(
                name.length() <= MAX_NAME,
                "name",
                Messages.text(
                        "comment.name.too-long",
                        ArabicCount.after(MAX_NAME, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        v.require(
                email.isEmpty()
                        || (email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches()),
                "email",
                Messages.text("comment.email.invalid"));
        checkText(v, text, policy);
        if (in.parentId() != null) {
            var parent = comments.find(in.parentId());
            v.require(
                    parent.isPresent()
                            && parent.get().articleId() == article.id()
                            && parent.get().status() == CommentStatus.APPROVED,
                    "parentId",
                    Messages.text("comment.parent.not-found"));
            v.require(
                    parent.isEmpty() || parent.get().parentId() == null,
                    "parentId",
                    Messages.text("comment.parent.is-reply"));
        }
        v.throwIfInvalid();
        Instant now = clock.instant();
        boolean trusted = settings.current().trustReturningCommenters() && !email.isEmpty();
        // The limits are counted, then the comment written: posts sent at once must take turns, or
        // each would count the others' absence. On this node, per address (a stripe of locks);
        // on every node, per article (its row, locked in the transaction).
        ReentrantLock turn = addressTurns[Math.floorMod(address.hashCode(), addressTurns.length)];
        Long id;
        turn.lock();
        try {
            id = tx.execute(status -> insertWithinLimits(article, in, address, name, email, text, trusted, now));
        } finally {
            turn.unlock();
        }
        return get(id);
    }

    /** In the posting transaction: the rate limits, then the comment. */
    private long insertWithinLimits(
            PublicArticle article,
            CommentInput in,
            String address,
            String name,
            String email,
            String text,
            boolean trusted,
            Instant now) {
        comments.lockArticle(article.id());
        Instant since = now.minus(limits.window());
        if (comments.postedFromSince(address, since) >= limits.perAddress()) {
            throw new CommentRefused(
                    Reason.RATE_LIMITED, Messages.text("comment.refused.rate-address", minutes(limits.window())));
        }
        if (comments.postedOnSince(article.id(), since) >= limits.perArticle()) {
            throw new CommentRefused(Reason.RATE_LIMITED, Messages.text("comment.refused.rate-article"));
        }
        CommentStatus st = trusted && comments.hasApproved(email) ? CommentStatus.APPROVED : CommentStatus.PENDING;
        long newId = comments.insert(
                article.id(), in.parentId(), name, email.isEmpty() ? null : email, text, st, address, now);
        if (st == CommentStatus.APPROVED) {
            events.publishEvent(new CommentsChanged(article.id()));
        }
        return newId;
    }

    private void checkToken(CommentInput in) {
        Instant issued = tokens.issuedAt(in.token(), in.articleId());
        if (issued == null) {
            throw new CommentRefused(Reason.STALE_FORM, Messages.text("comment.refused.form-unverified"));
        }
        Duration age = tokens.age(issued);
        if (age.compareTo(limits.minDelay()) < 0) {
            throw new CommentRefused(Reason.TOO_FAST, Messages.text("comment.refused.too-fast"));
        }
        if (age.compareTo(limits.formMaxAge()) > 0) {
            throw new CommentRefused(Reason.STALE_FORM, Messages.text("comment.refused.form-expired"));
        }
    }

    private static void checkText(Validation v, String text, CommentPolicy policy) {
        v.require(text.length() >= MIN_TEXT, "text", Messages.text("comment.text.too-short"));
        v.require(
                text.length() <= MAX_TEXT,
                "text",
                Messages.text(
                        "comment.text.too-long",
                        ArabicCount.after(MAX_TEXT, CountedNoun.CHARACTER, DigitStyle.WESTERN),
                        ArabicCount.of(text.length(), CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        int links = CommentText.links(text);
        v.require(
                links <= policy.maxLinks(),
                "text",
                policy.maxLinks() == 0
                        ? Messages.text("comment.links.none")
                        : Messages.text(
                                "comment.links.too-many",
                                ArabicCount.of(links, CountedNoun.LINK, DigitStyle.WESTERN),
                                ArabicCount.of(policy.maxLinks(), CountedNoun.LINK, DigitStyle.WESTERN)));
        v.require(
                CommentText.blockedWord(text, policy.blockedWords()) == null,
                "text",
                Messages.text("comment.text.blocked-word"));
    }

    /**
     * Approved comments of a public article, oldest first, each with its approved replies; empty
     * when hidden, and not read when its row said it has none ({@link PublicArticle#mayHaveComments}).
     */
    public List<PublicComment> thread(PublicArticle article) {
        if (article.comments() == CommentsMode.HIDDEN || !article.mayHaveComments()) {
            return List.of();
        }
        Map<Long, List<PublicComment>> replies = new LinkedHashMap<>();
        List<Comment> top = new ArrayList<>();
        for (Comment c : comments.approved(article.id())) {
            if (c.parentId() == null) {
                top.add(c);
            } else {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>())
                        .add(new PublicComment(c.id(), c.parentId(), c.name(), c.text(), c.createdAt(), List.of()));
            }
        }
        return top.stream()
                .map(c -> new PublicComment(
                        c.id(),
                        null,
                        c.name(),
                        c.text(),
                        c.createdAt(),
                        List.copyOf(replies.getOrDefault(c.id(), List.of()))))
                .toList();
    }

    /** The public thread of a published article by id (NotFound for anything not public). */
    public List<PublicComment> thread(long articleId) {
        return thread(published
                .byId(articleId)
                .orElseThrow(() -> new NotFoundException(Messages.text("comment.article-not-found"))));
    }

    /** A fresh form token for a public article (the page's script asks for one as soon as it runs). */
    public String formToken(long articleId) {
        if (published.byId(articleId).isEmpty()) {
            throw new NotFoundException(Messages.text("comment.article-not-found"));
        }
        return tokens.issue(articleId);
    }

    // ---- moderation (editors and up) ----

    /** One comment with everything the newsroom sees (editors and up). */
    public Comment get(Actor actor, long id) {
        actor.require(Permission.MODERATE);
        return get(id);
    }

    public Comment get(long id) {
        return comments.find(id).orElseThrow(() -> new NotFoundException(Messages.text("comment.not-found", id)));
    }

    /** The moderation queue, newest first; {@code status} null = every status but deleted. */
    public PageOf<ModerationItem> queue(Actor actor, CommentStatus status, Long articleId, int page, int size) {
        actor.require(Permission.MODERATE);
        int p = Math.max(page, 1);
        return new PageOf<>(
                comments.queue(status, articleId, PageOf.offset(p, size), size),
                p,
                size,
                comments.count(status, articleId));
    }

    /** How many comments are in each status. */
    public Map<CommentStatus, Long> counts(Actor actor) {
        actor.require(Permission.MODERATE);
        return comments.counts();
    }

    /**
     * Moves comments to a status (approve, reject, spam, back to pending, delete), each recorded in
     * the audit log; all or nothing. Returns how many changed.
     */
    public int moderate(Actor actor, List<Long> ids, CommentStatus to) {
        actor.require(Permission.MODERATE);
        Validation.check(to != null, "status", Messages.text("comment.moderate.status-invalid"));
        Validation.check(ids != null && !ids.isEmpty(), "ids", Messages.text("comment.moderate.ids-required"));
        List<Long> unique = List.copyOf(new LinkedHashSet<>(ids));
        return tx.execute(status -> {
            List<Comment> found = comments.findAll(unique);
            if (found.size() != unique.size()) {
                List<Long> missing = new ArrayList<>(unique);
                missing.removeAll(found.stream().map(Comment::id).toList());
                throw new NotFoundException(Messages.text("comment.not-found", missing.get(0)));
            }
            comments.setStatus(unique, to, actor.name(), clock.instant());
            for (Comment c : found) {
                audit.record(
                        actor,
                        "comment." + to.wire(),
                        "comment " + c.id(),
                        "article " + c.articleId() + ": " + c.status().wire() + " → " + to.wire());
            }
            found.stream()
                    .map(Comment::articleId)
                    .distinct()
                    .forEach(article -> events.publishEvent(new CommentsChanged(article)));
            return found.size();
        });
    }

    /** Corrects a comment's text (same length and content rules as readers have, links and words included). */
    public Comment edit(Actor actor, long id, String newText) {
        actor.require(Permission.MODERATE);
        Comment c = get(id);
        String text = CommentText.clean(newText);
        Validation v = new Validation();
        checkText(v, text, policies.current());
        v.throwIfInvalid();
        tx.executeWithoutResult(status -> {
            comments.setText(id, text, actor.name(), clock.instant());
            audit.record(actor, "comment.edit", "comment " + id, "article " + c.articleId());
            events.publishEvent(new CommentsChanged(c.articleId()));
        });
        return get(id);
    }

    private static String minutes(Duration d) {
        return ArabicCount.after(Math.max(1, d.toMinutes()), CountedNoun.MINUTE, DigitStyle.WESTERN);
    }
}
