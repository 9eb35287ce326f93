package com.nashir.article;

import java.util.Locale;

/**
 * Where an article is in its life: draft → review → scheduled or published → unpublished; any
 * state → trashed → restored or purged. Only PUBLISHED with a publication time that has come is
 * public.
 */
public enum ArticleStatus {
    DRAFT("مسودة"), REVIEW("بانتظار المراجعة"), SCHEDULED("مجدول"), PUBLISHED("منشور"), UNPUBLISHED("أُلغي نشره"), TRASHED("في سلة المحذوفات");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Null for anything not spelled as on the wire. */
    public static ArticleStatus fromWire(String s) {
        for (ArticleStatus v : values()) {
            if (v.wire().equals(s)) {
                return v;
            }
        }
        return null;
    }

    /** Statuses a save may ask for; trashing goes through its own action. */
    public static final String SETTABLE = "draft, review, scheduled, published, unpublished";
}
