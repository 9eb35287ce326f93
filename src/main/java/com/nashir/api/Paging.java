package com.nashir.api;

import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;

/** page / perPage query parameters, checked. */
record Paging(int page, int perPage) {
    static final int MAX_PER_PAGE = 100;

    static Paging of(String page, String perPage) {
        return new Paging(number(page, "page", 1, 1_000_000), number(perPage, "perPage", 20, MAX_PER_PAGE));
    }

    long offset() {
        return (long) (page - 1) * perPage;
    }

    private static int number(String text, String field, int fallback, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(field, Messages.text("api.paging.out-of-range", field, max));
    }
}
