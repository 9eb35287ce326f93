package com.nashir.search;

/** One autocomplete answer: a published article whose headline has words starting as typed. */
public record Suggestion(long id, String slug, String headline) {}
