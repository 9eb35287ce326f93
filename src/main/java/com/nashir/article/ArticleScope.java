package com.nashir.article;

import java.util.Map;

/**
 * Which public articles a feed or list covers: the whole site, or one section, tag, author or
 * desk (by id). The matching SQL lives here so feeds and listings filter alike.
 */
public record ArticleScope(Kind kind, long id) {

    /** What a scope is narrowed to. */
    public enum Kind { SITE, SECTION, TAG, AUTHOR, DESK }

    public static ArticleScope site() {
        return new ArticleScope(Kind.SITE, 0);
    }

    public static ArticleScope section(long id) {
        return new ArticleScope(Kind.SECTION, id);
    }

    public static ArticleScope tag(long id) {
        return new ArticleScope(Kind.TAG, id);
    }

    public static ArticleScope author(long id) {
        return new ArticleScope(Kind.AUTHOR, id);
    }

    public static ArticleScope desk(long id) {
        return new ArticleScope(Kind.DESK, id);
    }

    /** The condition to append after the public one ("and …"), with parameter {@code :ref}. */
    String filter() {
        return switch (kind) {
            case SITE -> "";
            case SECTION -> "and a.section_id = :ref ";
            case TAG -> "and a.id in (select article_id from article_tag where tag_id = :ref) ";
            case AUTHOR -> "and a.id in (select article_id from article_author where author_id = :ref) ";
            case DESK -> "and a.desk_id = :ref ";
        };
    }

    Map<String, Object> params() {
        return kind == Kind.SITE ? Map.of() : Map.of("ref", id);
    }
}
