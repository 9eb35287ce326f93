package com.nashir.article;

import com.nashir.system.Messages;
import java.util.Locale;

/** Whether readers may comment: OPEN, CLOSED ("عذراً التعليقات مغلقة") or HIDDEN (no comments area). */
public enum CommentsMode {
    OPEN("article.comments-mode.open"),
    CLOSED("article.comments-mode.closed"),
    HIDDEN("article.comments-mode.hidden");

    private final String labelKey;

    CommentsMode(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The mode for people, as the editor's menu names it. */
    public String label() {
        return Messages.text(labelKey);
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CommentsMode fromWire(String s) {
        for (CommentsMode v : values()) {
            if (v.wire().equals(s)) {
                return v;
            }
        }
        return null;
    }
}
