package com.nashir.author;

/** A named byline without a person, such as "فريق التحرير"; has a desk page, with {@code description} under its name. */
public record Desk(long id, String slug, String name, String description) {}
