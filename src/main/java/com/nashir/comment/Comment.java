package com.nashir.comment;

import java.time.Instant;

/**
 * One comment as stored, for the newsroom (it carries the email and the network address, which
 * readers never see; the public site gets {@link PublicComment}).
 *
 * @param parentId the top-level comment this one answers, or null
 * @param email    lower-cased, or null when none was given
 */
public record Comment(
        long id,
        long articleId,
        Long parentId,
        String name,
        String email,
        String text,
        CommentStatus status,
        String address,
        Instant createdAt,
        boolean edited,
        Instant moderatedAt,
        String moderatedBy) {

    /** The text as paragraphs (split at blank lines), each as its lines. */
    public java.util.List<java.util.List<String>> paragraphs() {
        return CommentText.paragraphs(text);
    }
}
