package com.nashir.api;

/** Sections, tags, authors and desks are addressed by id or by slug: /api/v1/sections/12 or /politics. */
final class Refs {
    private Refs() {}

    /** True when the path segment is a numeric id rather than a slug. */
    static boolean isId(String ref) {
        return !ref.isEmpty() && ref.length() < 18 && ref.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
