package com.nashir.comment;

import java.time.Instant;
import java.util.List;

/**
 * An approved comment as readers see it: a name, the text and when, with its approved replies.
 * There is no email and no address here by construction, so no public page or API can show them.
 */
public record PublicComment(
        long id, Long parentId, String name, String text, Instant createdAt, List<PublicComment> replies) {

    /** The text as paragraphs (split at blank lines), each as its lines, for {@code <p>} and {@code <br>}. */
    public List<List<String>> paragraphs() {
        return CommentText.paragraphs(text);
    }
}
