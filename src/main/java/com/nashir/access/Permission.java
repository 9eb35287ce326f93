package com.nashir.access;

/** What an action needs, as the least role that may do it. */
public enum Permission {
    WRITE_DRAFTS(Role.CONTRIBUTOR),
    SUBMIT_FOR_REVIEW(Role.WRITER),
    UPLOAD_MEDIA(Role.WRITER),
    /** Post updates to live coverage ("تغطية مباشرة"), start and end it: on one's own articles (editors: any). */
    COVER_LIVE(Role.WRITER),
    EDIT_ANY_ARTICLE(Role.EDITOR),
    PUBLISH(Role.EDITOR),
    MANAGE_TAXONOMY(Role.EDITOR),
    MANAGE_BREAKING(Role.EDITOR),
    /** Pin articles to the home page, order them, choose its section blocks. */
    CURATE_FRONT(Role.EDITOR),
    MODERATE(Role.EDITOR),
    MANAGE_USERS(Role.ADMIN),
    MANAGE_SETTINGS(Role.ADMIN),
    VIEW_AUDIT(Role.ADMIN),
    /** Bring content in from another system (the WordPress import). */
    IMPORT_CONTENT(Role.ADMIN);

    private final Role least;

    Permission(Role least) {
        this.least = least;
    }

    public Role least() {
        return least;
    }
}
