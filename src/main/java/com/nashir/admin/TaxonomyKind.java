package com.nashir.admin;

import com.nashir.address.Permalinks;
import com.nashir.published.ArticleScope;
import com.nashir.system.Messages;

/**
 * The four things the taxonomy pages manage, with the words and addresses each uses. Authors and
 * desks share the "الكتّاب والمكاتب" page and menu entry.
 */
public enum TaxonomyKind {
    SECTION(
            ArticleScope.Kind.SECTION,
            "sections",
            "sections",
            "admin.taxonomy.section.the",
            "admin.taxonomy.section.new",
            "admin.taxonomy.section.plural"),
    TAG(
            ArticleScope.Kind.TAG,
            "tags",
            "tags",
            "admin.taxonomy.tag.the",
            "admin.taxonomy.tag.new",
            "admin.taxonomy.tag.plural"),
    AUTHOR(
            ArticleScope.Kind.AUTHOR,
            "authors",
            "authors",
            "admin.taxonomy.author.the",
            "admin.taxonomy.author.new",
            "admin.taxonomy.author.plural"),
    DESK(
            ArticleScope.Kind.DESK,
            "desks",
            "authors",
            "admin.taxonomy.desk.the",
            "admin.taxonomy.desk.new",
            "admin.taxonomy.desk.plural");

    private final ArticleScope.Kind listing;
    private final String segment;
    private final String menu;
    private final String theKey;
    private final String freshKey;
    private final String pluralKey;

    /** The three words are keys in the messages bundle: the kind with the article, the create form's heading, the plural. */
    TaxonomyKind(
            ArticleScope.Kind listing, String segment, String menu, String theKey, String freshKey, String pluralKey) {
        this.listing = listing;
        this.segment = segment;
        this.menu = menu;
        this.theKey = theKey;
        this.freshKey = freshKey;
        this.pluralKey = pluralKey;
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
        return Messages.text(theKey);
    }

    /** "قسم جديد", the heading of the create form. */
    public String fresh() {
        return Messages.text(freshKey);
    }

    public String plural() {
        return Messages.text(pluralKey);
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
