package com.nashir.article;

import java.time.Instant;

/** A dated correction note ("تصحيح") shown under a published article. */
public record Correction(long id, long articleId, Instant createdAt, String text) {}
