package com.nashir.comment;

import java.util.Locale;

/**
 * Where a comment stands. Only {@link #APPROVED} comments are ever shown to readers; a deleted
 * comment keeps its row (the moderation record) but is shown nowhere, the queue included unless asked.
 */
public enum CommentStatus {
    PENDING("بانتظار المراجعة"),
    APPROVED("منشور"),
    REJECTED("مرفوض"),
    SPAM("مزعج"),
    DELETED("محذوف");

    private final String label;

    CommentStatus(String label) {
        this.label = label;
    }

    /** The Arabic name shown in the newsroom. */
    public String label() {
        return label;
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
