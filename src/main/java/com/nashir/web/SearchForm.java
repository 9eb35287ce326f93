package com.nashir.web;

import com.nashir.address.Permalinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The search page's parameters as typed: they refill the form, and every facet, filter and page
 * link is this form with one value changed (so a link never loses the other filters).
 */
public record SearchForm(
        String q, String section, String tag, String author, String desk, String from, String to, String sort) {

    static SearchForm of(
            String q, String section, String tag, String author, String desk, String from, String to, String sort) {
        return new SearchForm(nz(q), nz(section), nz(tag), nz(author), nz(desk), nz(from), nz(to), nz(sort));
    }

    public boolean byDate() {
        return "date".equals(sort);
    }

    public boolean hasFilters() {
        return !section.isEmpty()
                || !tag.isEmpty()
                || !author.isEmpty()
                || !desk.isEmpty()
                || !from.isEmpty()
                || !to.isEmpty();
    }

    /** This search at another page. */
    public String page(int page) {
        return link(Map.of("page", page <= 1 ? "" : Integer.toString(page)));
    }

    /** This search with one parameter set (an empty value removes it), from page 1. */
    public String with(String name, String value) {
        return link(Map.of(name, value));
    }

    /** This search limited to one year. */
    public String year(String year) {
        return link(Map.of("from", year + "-01-01", "to", year + "-12-31"));
    }

    /** This search with another text (the "هل تقصد" link). */
    public String withText(String text) {
        return link(Map.of("q", text));
    }

    private String link(Map<String, String> changes) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("section", section);
        p.put("tag", tag);
        p.put("author", author);
        p.put("desk", desk);
        p.put("from", from);
        p.put("to", to);
        p.put("sort", sort);
        p.put("page", "");
        p.putAll(changes);
        StringBuilder out = new StringBuilder(Permalinks.search());
        char sep = '?';
        for (var e : p.entrySet()) {
            if (!e.getValue().isEmpty()) {
                out.append(sep)
                        .append(e.getKey())
                        .append('=')
                        .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return out.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
