package com.nashir.article;

import java.util.Locale;

/** Where an article is in its life. Only PUBLISHED with a past publication time is public. */
public enum ArticleStatus {
    DRAFT, PUBLISHED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Null for anything not spelled as on the wire (draft, published). */
    public static ArticleStatus fromWire(String s) {
        for (ArticleStatus v : values()) {
            if (v.wire().equals(s)) {
                return v;
            }
        }
        return null;
    }
}
