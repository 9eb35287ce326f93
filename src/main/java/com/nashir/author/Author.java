package com.nashir.author;

/** A person who writes; has an author page. May exist without a user account (guest writers). */
public record Author(long id, String slug, String name, String bio, String photoUrl) {}
