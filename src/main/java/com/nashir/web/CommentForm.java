package com.nashir.web;

import java.util.Map;

/**
 * The comment form under an article as the page shows it: a fresh token, what the reader typed
 * (after a refused post without JavaScript), the field errors, and a notice ("تعليقك بانتظار
 * المراجعة", or why a post was refused). {@code parentId} "" = a new comment, not a reply.
 */
public record CommentForm(
        String token,
        String name,
        String email,
        String text,
        String parentId,
        Map<String, String> errors,
        String notice,
        boolean refused) {

    static CommentForm empty(String token, String notice) {
        return new CommentForm(token, "", "", "", "", Map.of(), notice, false);
    }

    public boolean replyTo(long id) {
        return String.valueOf(id).equals(parentId);
    }

    public String error(String field) {
        return errors.get(field);
    }
}
