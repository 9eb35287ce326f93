package com.nashir.article;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.access.Role;
import com.nashir.system.ForbiddenException;
import com.nashir.system.Messages;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what to an article, as plain rules:
 * <ul>
 *   <li>contributors write drafts, and only their own;</li>
 *   <li>writers also submit their own for review, and edit them until they are scheduled or out;</li>
 *   <li>editors and admins edit anyone's, schedule, publish, unpublish and purge.</li>
 * </ul>
 */
public final class ArticleRules {
    /** States in which an article's owner (without the editor role) may still change it. */
    private static final Set<ArticleStatus> OWNER_EDITABLE =
            EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.REVIEW, ArticleStatus.UNPUBLISHED);

    private ArticleRules() {}

    /**
     * Whose articles {@code actor} may read in the newsroom, in every audience (the newsroom's
     * pages and the API alike): null for everyone's (editors and admins), else the actor's own id
     * (contributors and writers see their own articles, in every state, and nobody else's).
     */
    public static Long readableOwner(Actor actor) {
        return actor.can(Permission.EDIT_ANY_ARTICLE) ? null : actor.userId();
    }

    /** Whether {@code actor} may read {@code article} (with its revisions and diffs) in the newsroom. */
    public static boolean mayRead(Actor actor, Article article) {
        return actor.can(Permission.EDIT_ANY_ARTICLE) || actor.isUser(article.ownerId());
    }

    /** Refuses a read that {@link #mayRead} does not allow. */
    public static void checkRead(Actor actor, Article article) {
        if (!mayRead(actor, article)) {
            throw forbidden("article.forbidden.read-others");
        }
    }

    static void checkSave(Actor actor, Article current, ArticleStatus target) {
        actor.require(Permission.WRITE_DRAFTS);
        if (current != null && !actor.can(Permission.EDIT_ANY_ARTICLE)) {
            if (!actor.isUser(current.ownerId())) {
                throw forbidden("article.forbidden.edit-others");
            }
            if (!OWNER_EDITABLE.contains(current.status())) {
                throw forbidden("article.forbidden.edit-scheduled");
            }
        }
        switch (target) {
            case DRAFT -> {}
            case REVIEW -> actor.require(Permission.SUBMIT_FOR_REVIEW);
            case SCHEDULED, PUBLISHED, UNPUBLISHED -> actor.require(Permission.PUBLISH);
            case TRASHED -> throw new IllegalArgumentException("trash through ArticleWorkflow");
        }
    }

    static void checkTrash(Actor actor, Article current) {
        if (actor.can(Permission.EDIT_ANY_ARTICLE)) {
            return;
        }
        actor.require(Permission.WRITE_DRAFTS);
        if (!actor.isUser(current.ownerId()) || !OWNER_EDITABLE.contains(current.status())) {
            throw forbidden("article.forbidden.delete");
        }
    }

    static void checkRestore(Actor actor, Article current) {
        ArticleStatus back = current.trashedFrom() == null ? ArticleStatus.DRAFT : current.trashedFrom();
        if (!actor.can(Permission.EDIT_ANY_ARTICLE)
                && (!actor.isUser(current.ownerId()) || !OWNER_EDITABLE.contains(back))) {
            throw forbidden("article.forbidden.restore");
        }
    }

    static void checkEditorOnly(Actor actor) {
        actor.require(Permission.EDIT_ANY_ARTICLE);
    }

    private static ForbiddenException forbidden(String messageKey) {
        return new ForbiddenException(Role.EDITOR.wire(), Messages.text(messageKey));
    }
}
