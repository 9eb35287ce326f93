package com.nashir.author;

/** A named byline without a person, such as "فريق التحرير"; has a desk page. */
public record Desk(long id, String slug, String name) {}
