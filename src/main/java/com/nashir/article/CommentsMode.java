package com.nashir.article;

import java.util.Locale;

/** Whether readers may comment: OPEN, CLOSED ("عذراً التعليقات مغلقة") or HIDDEN (no comments area). */
public enum CommentsMode {
    OPEN("مفتوحة"), CLOSED("مغلقة"), HIDDEN("مخفية");

    private final String label;

    CommentsMode(String label) {
        this.label = label;
    }

    /** The mode for people, as the editor's menu names it. */
    public String label() {
        return label;
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
