package com.nashir.admin;

import com.nashir.comment.CommentStatus;

/**
 * The moderation queue's filter as the page links it: a status ("pending" by default, "all" for
 * every status but deleted), optionally one article, and the page number.
 */
public record CommentQuery(String status, Long article, int page) {

    static CommentQuery of(String status, Long article, int page) {
        String s = status == null || status.isBlank() ? "pending" : status.strip();
        if (!"all".equals(s) && CommentStatus.fromWire(s) == null) {
            s = "pending";
        }
        return new CommentQuery(s, article, Math.max(1, page));
    }

    /** The status to list; null = all but deleted. */
    CommentStatus statusFilter() {
        return CommentStatus.fromWire(status);
    }

    public String link(String otherStatus, int otherPage) {
        return "/admin/comments?status=" + otherStatus + (article == null ? "" : "&article=" + article)
                + (otherPage > 1 ? "&page=" + otherPage : "");
    }

    /** This page's own address, for the forms to come back to. */
    public String self() {
        return link(status, page);
    }

    /** Where a form goes back to: a queue address it came from, or the pending queue (never another site). */
    static String back(String back) {
        return back != null && back.matches("/admin/comments(\\?[A-Za-z0-9=&_-]*)?") ? back : "/admin/comments";
    }
}
