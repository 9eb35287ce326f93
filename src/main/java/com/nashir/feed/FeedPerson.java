package com.nashir.feed;

/** Who signs an entry: an author (with the author page) or a desk (with the desk page). */
public record FeedPerson(String name, String url) {}
