package com.nashir.admin;

import com.nashir.system.PageOf;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One kind on a taxonomy page: its list (a page of it) and the form that creates a new one, with
 * the values and field errors of a refused attempt. {@code query} is the list's search text, or
 * null for a list that has no search.
 */
public record TaxonomyPanel(
        TaxonomyKind kind, PageOf<TaxonomyRow> rows, String query, TaxonomyForm form, Map<String, String> errors) {

    /** The same list at another page, keeping the search. */
    public String link(int page) {
        String base = kind.path() + "?page=" + page;
        return query == null || query.isBlank()
                ? base
                : base + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
