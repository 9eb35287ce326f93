package com.nashir.web;

/**
 * How large a lead headline is set, by its length: a short one gets the big type, a long one
 * steps down, so a text-only lead with a long headline is never a wall of display type. The CSS
 * sizes each step with {@code clamp()} ({@code .lead-title.size-…} in site.css).
 */
public final class HeadlineSize {
    private HeadlineSize() {}

    /** "short" up to 60 characters, "medium" up to 110, "long" beyond. */
    public static String of(String headline) {
        int n = headline == null ? 0 : headline.strip().length();
        return n <= 60 ? "short" : n <= 110 ? "medium" : "long";
    }
}
