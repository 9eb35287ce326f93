package com.nashir.comment;

/** A comment in the moderation queue with the article it is on (headline and address parts). */
public record ModerationItem(Comment comment, String articleHeadline, String articleSlug) {}
