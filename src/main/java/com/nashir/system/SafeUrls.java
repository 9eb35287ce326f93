package com.nashir.system;

import java.util.Locale;

/** Which link targets Nashir stores: http(s) or a root-relative path; never javascript:, data: or //host. */
public final class SafeUrls {
    private SafeUrls() {}

    public static boolean isSafe(String url) {
        if (url == null) {
            return false;
        }
        String u = url.trim().toLowerCase(Locale.ROOT);
        return (u.startsWith("https://") || u.startsWith("http://") || (u.startsWith("/") && !u.startsWith("//")))
                && u.length() <= 2000
                && u.chars()
                        .noneMatch(c ->
                                c < 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == ' ');
    }

    public static final String RULE_AR = Messages.text("system.url.unsafe");
}
