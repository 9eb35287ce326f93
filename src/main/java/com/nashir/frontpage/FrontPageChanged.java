package com.nashir.frontpage;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import java.util.Set;

/**
 * The editors changed the home page's pins or section blocks: the home page is due again, at
 * once and on every node (a hard change: the old front page is never served again).
 */
public record FrontPageChanged() implements ContentChange {
    @Override
    public Set<String> keys() {
        return Set.of(ContentKeys.FRONT);
    }
}
