package com.nashir.author;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import com.nashir.system.KeptRows;
import com.nashir.system.RemoteContentChange;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Authors by id, kept in memory: an article page names its authors by id and finds them here
 * (a site has a few hundred; 50,000 at most are kept). Forgotten on every change that names an
 * author ({@code u5}) or every byline, on every node.
 */
@Component
public class KeptAuthors {
    private final KeptRows<Author> rows = new KeptRows<>(50_000);
    private final AuthorRepository authors;

    KeptAuthors(AuthorRepository authors) {
        this.authors = authors;
    }

    /** The authors with these ids, in the order given; ids of deleted authors are left out. */
    public List<Author> byIds(List<Long> ids) {
        return rows.get(ids, authors::findByIds);
    }

    /** Before the page cache renders pages again for the same change, so they show the new name. */
    @Order(-10)
    @TransactionalEventListener(fallbackExecution = true)
    void onChanged(ContentChange change) {
        if (change instanceof RemoteContentChange r && r.everything()
                || change.keys().contains(ContentKeys.BYLINES)) {
            rows.forgetAll();
            return;
        }
        for (String key : change.keys()) {
            long id = ContentKeys.authorOf(key);
            if (id >= 0) {
                rows.forget(id);
            }
        }
    }
}
