package com.nashir.web;

/**
 * One live coverage update as readers see it, the same on the rendered page and in the live
 * stream's frames: the body as HTML ready to show (embeds as click-to-load cards, digits and
 * isolates per the site's style), its time as shown and as ISO-8601, who posted it, and whether it
 * is the key update.
 */
public record LiveUpdateView(
        long id, String html, String time, String datetime, String author, boolean pinned, boolean scripted) {

    /** The shape the page's script reads, in the stream's frames and in {@code /live/coverage/{id}} alike. */
    public java.util.Map<String, Object> wire() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", id);
        m.put("html", html);
        m.put("time", time);
        m.put("datetime", datetime);
        m.put("author", author);
        m.put("pinned", pinned);
        return m;
    }
}
