package com.nashir.author;

import com.nashir.arabic.ArabicNameMatch;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Finds authors and desks by a typed part of their name, Arabic spelled either way
 * ({@link ArabicNameMatch}): the editor's byline picker asks this as the reporter types. A
 * newsroom has hundreds of bylines, not millions, so the names are compared in memory, where the
 * Arabic folding is the same on H2 and PostgreSQL.
 */
@Service
public class BylineSearch {
    /** More bylines than any newsroom signs with; the picker shows only the first matches anyway. */
    static final int SCANNED = 5000;

    private final AuthorRepository authors;
    private final DeskRepository desks;

    BylineSearch(AuthorRepository authors, DeskRepository desks) {
        this.authors = authors;
        this.desks = desks;
    }

    /** Authors whose name (or slug) matches {@code query}, names that begin with it first, at most {@code limit}. */
    public List<Author> authors(String query, int limit) {
        return best(authors.findPage(0, SCANNED), Author::name, Author::slug, query, limit);
    }

    /** Desks whose name (or slug) matches {@code query}, the same way. */
    public List<Desk> desks(String query, int limit) {
        return best(desks.findAll(), Desk::name, Desk::slug, query, limit);
    }

    static <T> List<T> best(List<T> all, Function<T, String> name, Function<T, String> slug, String query, int limit) {
        String q = query == null ? "" : query;
        return all.stream()
                .filter(x -> ArabicNameMatch.matches(name.apply(x), q) || ArabicNameMatch.matches(slug.apply(x), q))
                .sorted(Comparator.comparingInt((T x) -> ArabicNameMatch.rank(name.apply(x), q)))
                .limit(limit)
                .toList();
    }
}
