package com.nashir.comment;

import java.time.Instant;
import java.util.List;

/**
 * What the newsroom decides about incoming comments while the site runs: words and addresses
 * that are refused, and how many links a comment may carry.
 *
 * @param updatedAt null while the defaults are in force (nobody has saved the rules yet)
 */
public record CommentPolicy(
        List<String> blockedWords, List<String> blockedAddresses, int maxLinks, Instant updatedAt, String updatedBy) {
    public static final int DEFAULT_MAX_LINKS = 2;
    public static final int MAX_MAX_LINKS = 50;
    public static final CommentPolicy DEFAULT = new CommentPolicy(List.of(), List.of(), DEFAULT_MAX_LINKS, null, null);
}
