package com.nashir.coverage;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import java.util.Set;

/**
 * A live coverage took an update, or began or ended: its article page is due again, and so is
 * every listing that shows its card (the "مباشر" badge), on every node. Open pages do not wait
 * for that: the live stream brings them the update itself.
 */
public record LiveCoverageChanged(long articleId) implements ContentChange {
    @Override
    public Set<String> keys() {
        return Set.of(ContentKeys.article(articleId));
    }
}
