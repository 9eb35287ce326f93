package com.nashir.comment;

import com.nashir.system.Messages;
import java.util.Locale;

/**
 * Where a comment stands. Only {@link #APPROVED} comments are ever shown to readers; a deleted
 * comment keeps its row (the moderation record) but is shown nowhere, the queue included unless asked.
 */
public enum CommentStatus {
    PENDING("comment.status.pending"),
    APPROVED("comment.status.approved"),
    REJECTED("comment.status.rejected"),
    SPAM("comment.status.spam"),
    DELETED("comment.status.deleted");

    private final String labelKey;

    CommentStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The Arabic name shown in the newsroom. */
    public String label() {
        return Messages.text(labelKey);
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with this wire name, or null. */
    public static CommentStatus fromWire(String s) {
        for (CommentStatus v : values()) {
            if (v.wire().equals(s)) {
                return v;
            }
        }
        return null;
    }
}
