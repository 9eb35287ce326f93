package com.nashir.article;

import com.nashir.author.Author;
import com.nashir.author.Desk;
import java.util.List;

/** Who signs an article: a desk (no person) or one or more authors. Exactly one of the two is set. */
public record Byline(Desk desk, List<Author> authors) {

    public static Byline ofDesk(Desk desk) {
        return new Byline(desk, List.of());
    }

    public static Byline ofAuthors(List<Author> authors) {
        return new Byline(null, List.copyOf(authors));
    }

    public boolean isDesk() {
        return desk != null;
    }
}
