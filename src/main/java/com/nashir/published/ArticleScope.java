package com.nashir.article;

import com.nashir.system.ContentKeys;
import java.util.Map;
import java.util.Set;

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


    /**
     * The scope's public articles, newest first, as ids: one range of an index read backwards
     * (V12), so a page near the top costs the same whatever the archive holds. Parameters
     * {@code :now} and {@code :ref}; the caller adds the limit and offset, and reads the rows as
     * {@code a.id in (…)} (which H2 and PostgreSQL both read as a short list of keys) keeping the
     * public condition there too.
     */
    String newestIds() {
        Range r = range();
        return "select " + r.id() + " " + r.from() + r.order();
    }

    /** {@link #newestIds()} with each row marked {@code part}: several ranges read in one statement tell their rows apart. */
    String newestIds(int part) {
        Range r = range();
        return "select " + part + " as part, " + r.id() + " as id " + r.from() + r.order();
    }

    /** The newest publication time of the scope: the first entry of its range, one index probe. */
    String newestTime() {
        Range r = range();
        return "select " + r.time() + " " + r.from() + r.order() + "limit 1";
    }

    /** The parts of the scope's index range: its id and time columns, the rows with their condition, the index order. */
    private record Range(String id, String time, String from, String order) {}

    private Range range() {
        String publicArticle = "a.status = 'published' and a.published_at <= :now ";
        return switch (kind) {
            case SITE -> new Range("a.id", "a.published_at", "from article a where " + publicArticle,
                    "order by a.status, a.published_at desc, a.id desc ");
            case SECTION -> new Range("a.id", "a.published_at", "from article a where a.section_id = :ref and " + publicArticle,
                    "order by a.section_id, a.status, a.published_at desc, a.id desc ");
            case DESK -> new Range("a.id", "a.published_at", "from article a where a.desk_id = :ref and " + publicArticle,
                    "order by a.desk_id, a.status, a.published_at desc, a.id desc ");
            case TAG -> new Range("x.article_id", "x.public_at", "from article_tag x where x.tag_id = :ref and x.public_at <= :now ",
                    "order by x.tag_id, x.public_at desc, x.article_id desc ");
            case AUTHOR -> new Range("x.article_id", "x.public_at", "from article_author x where x.author_id = :ref and x.public_at <= :now ",
                    "order by x.author_id, x.public_at desc, x.article_id desc ");
        };
    }

    /**
     * The {@link ContentKeys} of a listing of this scope: which articles it lists (changes when one
     * joins or leaves) and, for a section, tag, author or desk, the thing itself (its name).
     */
    public Set<String> keys() {
        return switch (kind) {
            case SITE -> Set.of(ContentKeys.LATEST);
            case SECTION -> Set.of(ContentKeys.sectionList(id), ContentKeys.section(id));
            case TAG -> Set.of(ContentKeys.tagList(id), ContentKeys.tag(id));
            case AUTHOR -> Set.of(ContentKeys.authorList(id), ContentKeys.author(id));
            case DESK -> Set.of(ContentKeys.deskList(id), ContentKeys.desk(id));
        };
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
