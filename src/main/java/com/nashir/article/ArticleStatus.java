package com.nashir.article;

import com.nashir.system.Messages;
import java.util.Locale;

/**
 * Where an article is in its life: draft → review → scheduled or published → unpublished; any
 * state → trashed → restored or purged. Only PUBLISHED with a publication time that has come is
 * public.
 */
public enum ArticleStatus {
    DRAFT("article.status.draft"),
    REVIEW("article.status.review"),
    SCHEDULED("article.status.scheduled"),
    PUBLISHED("article.status.published"),
    UNPUBLISHED("article.status.unpublished"),
    TRASHED("article.status.trashed");

    private final String labelKey;

    ArticleStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The status for people, from the messages bundle. */
    public String label() {
        return Messages.text(labelKey);
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
