package com.nashir.comment;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.article.ArticleRepository;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.Validation;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The narrow door for comments brought from another system (the WordPress import): they already
 * happened, so the reader rules that guard the live form — form tokens, minimum delay, rate
 * limits, closing, blocked words and links — do not apply, and the status and date are the
 * source's. What a stored comment must be still holds: plain text of the allowed length (cleaned
 * as readers' text is, and escaped wherever it is shown), a name, a valid email or none, and a
 * reply only to a top-level comment of the same article. Admins only.
 */
@Service
public class CommentImports {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CommentRepository comments;
    private final ArticleRepository articles;
    private final ApplicationEventPublisher events;

    CommentImports(CommentRepository comments, ArticleRepository articles, ApplicationEventPublisher events) {
        this.comments = comments;
        this.articles = articles;
        this.events = events;
    }

    /** A comment as the source had it; {@code parentId} is a Nashir comment id (top-level) or null. */
    public record ImportedComment(
            long articleId,
            Long parentId,
            String name,
            String email,
            String text,
            CommentStatus status,
            String address,
            Instant createdAt) {}

    /** True when {@code email} would be accepted (the importer drops others rather than lose the comment). */
    public static boolean validEmail(String email) {
        return email != null
                && email.length() <= CommentService.MAX_EMAIL
                && EMAIL.matcher(email.strip()).matches();
    }

    /**
     * Stores the comment, or replaces the stored one when {@code existingId} names a comment that
     * still exists; returns its id. Throws InvalidInputException (nothing written) when it breaks a rule.
     */
    @Transactional
    public long save(Actor actor, Long existingId, ImportedComment in) {
        actor.require(Permission.IMPORT_CONTENT);
        if (articles.findById(in.articleId()).isEmpty()) {
            throw new NotFoundException(Messages.text("comment.article-not-found"));
        }
        String name = CommentText.clean(in.name()).replace('\n', ' ');
        String email = in.email() == null || in.email().isBlank()
                ? ""
                : in.email().strip().toLowerCase(Locale.ROOT);
        String text = CommentText.clean(in.text());
        Validation v = new Validation();
        v.require(!name.isEmpty(), "name", Messages.text("comment.name.required"));
        v.require(
                name.length() <= CommentService.MAX_NAME,
                "name",
                Messages.text(
                        "comment.name.too-long",
                        ArabicCount.after(CommentService.MAX_NAME, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        v.require(email.isEmpty() || validEmail(email), "email", Messages.text("comment.import.email-invalid"));
        v.require(text.length() >= CommentService.MIN_TEXT, "text", Messages.text("comment.import.text-too-short"));
        v.require(
                text.length() <= CommentService.MAX_TEXT,
                "text",
                Messages.text(
                        "comment.import.text-too-long",
                        ArabicCount.after(CommentService.MAX_TEXT, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        v.require(
                in.status() != null && in.status() != CommentStatus.DELETED,
                "status",
                Messages.text("comment.import.status-invalid"));
        v.require(in.createdAt() != null, "createdAt", Messages.text("comment.import.created-at-required"));
        if (in.parentId() != null) {
            var parent = comments.find(in.parentId());
            v.require(
                    parent.isPresent()
                            && parent.get().articleId() == in.articleId()
                            && parent.get().parentId() == null,
                    "parentId",
                    Messages.text("comment.import.parent-not-top"));
        }
        v.throwIfInvalid();
        String address = in.address() == null ? "" : in.address().strip();
        if (address.length() > 100) {
            address = address.substring(0, 100);
        }
        long id;
        if (existingId != null && comments.find(existingId).isPresent()) {
            id = existingId;
            comments.replaceImported(
                    id,
                    in.parentId(),
                    name,
                    email.isEmpty() ? null : email,
                    text,
                    in.status(),
                    address,
                    in.createdAt());
        } else {
            id = comments.insert(
                    in.articleId(),
                    in.parentId(),
                    name,
                    email.isEmpty() ? null : email,
                    text,
                    in.status(),
                    address,
                    in.createdAt());
        }
        events.publishEvent(new CommentsChanged(in.articleId()));
        return id;
    }
}
