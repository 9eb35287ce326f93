package com.nashir.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The article list's filters as typed, to refill the form and build page links. */
public record ArticleQuery(String status, String section, String q, String from, String to) {

    public String link(int page) {
        return "/admin/articles?status=" + enc(status) + "&section=" + enc(section) + "&q=" + enc(q) + "&from=" + enc(from)
                + "&to=" + enc(to) + "&page=" + page;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
