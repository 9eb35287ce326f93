package com.nashir.comment;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import java.util.Set;

/** The public comments of an article changed: one approved, edited, hidden or deleted. */
public record CommentsChanged(long articleId) implements ContentChange {
    @Override
    public Set<String> keys() {
        return Set.of(ContentKeys.comments(articleId));
    }
}
