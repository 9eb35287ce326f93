package com.nashir.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The audit log's filters as chosen, to refill the form and build page links. */
public record AuditQuery(String action, Long userId) {

    public String link(int page) {
        return "/admin/audit?action=" + URLEncoder.encode(action, StandardCharsets.UTF_8) + "&user="
                + (userId == null ? "" : userId) + "&page=" + page;
    }

    public boolean isUser(long id) {
        return userId != null && userId == id;
    }
}
