package com.nashir.published;

import com.nashir.system.ContentKeys;
import com.nashir.system.Messages;
import java.util.Map;
import java.util.Set;

/**
 * Which public articles a feed or list covers: the whole site, or one section, tag, author or
 * desk (by id). The matching SQL lives here so feeds and listings filter alike.
 */
public record ArticleScope(Kind kind, long id) {

    /**
     * What a scope is narrowed to, and the one spelling of how an article belongs to it: a column
     * of the article row (its section, its desk) or a row in a link table (its tags, its authors).
     * Every SQL condition on "the articles of this section, tag, author or desk" is made here
     * ({@link #articles}, {@link #ids}), as are the listing ranges of {@link ArticleScope}.
     */
    public enum Kind {
        SITE(null, null, null),
        SECTION("section", "section_id", null),
        TAG("tag", "tag_id", "article_tag"),
        AUTHOR("author", "author_id", "article_author"),
        DESK("desk", "desk_id", null);

        private final String table;
        private final String column;
        private final String links;

        Kind(String table, String column, String links) {
            this.table = table;
            this.column = column;
            this.links = links;
        }

        /** What readers call one listing of this kind, its kicker ("قسم", "وسم"…); the site is not a listing. */
        public String label() {
            return Messages.text(
                    switch (this) {
                        case SECTION -> "published.scope.section";
                        case TAG -> "published.scope.tag";
                        case AUTHOR -> "published.scope.author";
                        case DESK -> "published.scope.desk";
                        case SITE -> throw new IllegalArgumentException("the site is not a listing");
                    });
        }

        /** The table of the sections, tags, authors or desks themselves (their names, their {@code public_count}). */
        public String table() {
            if (table == null) {
                throw new IllegalArgumentException("the site is not a listing");
            }
            return table;
        }

        /**
         * The rows of the articles, of every state, whose section, tag, author or desk is {@code ref} (a column such as
         * "tag.id"), as the {@code from} and {@code where} of a statement on the article row {@code a}: the article
         * table alone, or the links joined to their articles. (Written as "a.id in (links of ref)", H2 ran the links'
         * query again for every article: recounting the tags of 100,000 articles ran for more than ten minutes.)
         */
        public String articlesOf(String ref) {
            table();
            return links == null
                    ? "article a where a." + column + " = " + ref + " "
                    : links + " x join article a on a.id = x.article_id where x." + column + " = " + ref + " ";
        }

        /**
         * A statement of the ids of the articles, of every state, whose section, tag, author or
         * desk passes {@code test} ("= :ref", "in (:tagIds)"); its one column is {@code id} or
         * {@code article_id}.
         */
        public String ids(String test) {
            table();
            return links == null
                    ? "select id from article where " + column + " " + test
                    : "select article_id from " + links + " where " + column + " " + test;
        }

        /** The condition on the article row {@code a} that its section, tag, author or desk passes {@code test}. */
        public String articles(String test) {
            table();
            return links == null ? "a." + column + " " + test : "a.id in (" + ids(test) + ")";
        }
    }

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
        if (kind == Kind.SITE) {
            return new Range(
                    "a.id",
                    "a.published_at",
                    "from article a where " + PublishedArticles.PUBLIC,
                    "order by a.status, a.published_at desc, a.id desc ");
        }
        if (kind.links == null) {
            return new Range(
                    "a.id",
                    "a.published_at",
                    "from article a where a." + kind.column + " = :ref and " + PublishedArticles.PUBLIC,
                    "order by a." + kind.column + ", a.status, a.published_at desc, a.id desc ");
        }
        return new Range(
                "x.article_id",
                "x.public_at",
                "from " + kind.links + " x where x." + kind.column + " = :ref and " + PublishedArticles.PUBLIC_LINK,
                "order by x." + kind.column + ", x.public_at desc, x.article_id desc ");
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

    Map<String, Object> params() {
        return kind == Kind.SITE ? Map.of() : Map.of("ref", id);
    }
}
