package com.nashir.admin;

import com.nashir.published.ArticleScope;
import com.nashir.site.Permalinks;

/**
 * The four things the taxonomy pages manage, with the words and addresses each uses. Authors and
 * desks share the "الكتّاب والمكاتب" page and menu entry.
 */
public enum TaxonomyKind {
    SECTION(ArticleScope.Kind.SECTION, "sections", "sections", "القسم", "قسم جديد", "الأقسام"),
    TAG(ArticleScope.Kind.TAG, "tags", "tags", "الوسم", "وسم جديد", "الوسوم"),
    AUTHOR(ArticleScope.Kind.AUTHOR, "authors", "authors", "الكاتب", "كاتب جديد", "الكتّاب"),
    DESK(ArticleScope.Kind.DESK, "desks", "authors", "مكتب التحرير", "مكتب تحرير جديد", "مكاتب التحرير");

    private final ArticleScope.Kind listing;
    private final String segment;
    private final String menu;
    private final String the;
    private final String fresh;
    private final String plural;

    TaxonomyKind(ArticleScope.Kind listing, String segment, String menu, String the, String fresh, String plural) {
        this.listing = listing;
        this.segment = segment;
        this.menu = menu;
        this.the = the;
        this.fresh = fresh;
        this.plural = plural;
    }

    /** "/admin/sections": the list; "/admin/sections/{id}" is one item's page. */
    public String path() {
        return "/admin/" + segment;
    }

    public String path(long id) {
        return path() + "/" + id;
    }

    /** Where a list page lives (desks are listed on the authors page). */
    public String listPath() {
        return this == DESK ? AUTHOR.path() : path();
    }

    /** The admin menu entry that is current on its pages. */
    public String menu() {
        return menu;
    }

    /** With the article: "القسم". */
    public String the() {
        return the;
    }

    /** "قسم جديد", the heading of the create form. */
    public String fresh() {
        return fresh;
    }

    public String plural() {
        return plural;
    }

    /** Id of the form and its fields, unique on a page that shows two kinds. */
    public String formId() {
        return segment + "-form";
    }

    public boolean hasDescription() {
        return this != AUTHOR;
    }

    public boolean hasPosition() {
        return this == SECTION;
    }

    public boolean isAuthor() {
        return this == AUTHOR;
    }

    /** The public page of an item with this slug. */
    public String publicUrl(String slug) {
        return Permalinks.listing(listing, slug);
    }
}
