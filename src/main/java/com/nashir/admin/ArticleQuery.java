package com.nashir.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The article list's filters and order as typed, to refill the form and build page and column links. */
public record ArticleQuery(
        String status, String section, String q, String from, String to, String author, String sort) {

    public String link(int page) {
        return base(sort) + "&page=" + page;
    }

    /**
     * The link a column heading carries: newest first by that time, or oldest first when the list
     * is already newest first by it. {@code column} is "published" or "modified".
     */
    public String sortLink(String column) {
        return base(column.equals(sort) ? column + "-asc" : column);
    }

    /** "descending", "ascending" or null: the column's aria-sort. */
    public String ariaSort(String column, String effective) {
        return column.equals(effective) ? "descending" : (column + "-asc").equals(effective) ? "ascending" : null;
    }

    private String base(String order) {
        return "/admin/articles?status=" + enc(status) + "&section=" + enc(section) + "&author=" + enc(author) + "&q="
                + enc(q) + "&from=" + enc(from) + "&to=" + enc(to) + "&sort=" + enc(order);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
