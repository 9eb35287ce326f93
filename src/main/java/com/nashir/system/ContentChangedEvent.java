package com.nashir.system;

/**
 * Published after any change to public content (articles, sections, tags, bylines, breaking
 * items). Derived data (the page cache; later the search index) follows it, so content code
 * never needs to know who keeps copies.
 */
public record ContentChangedEvent(String kind, long id) {}
