package com.nashir.system;

import java.util.List;

/**
 * One page of a public listing, newest first, without a total: whether an older page exists is
 * known by reading one row more than the page holds, so a listing costs the same on a site of a
 * thousand articles and of a million. Pages are numbered from 1.
 */
public record ListingPage<T>(List<T> items, int page, int size, boolean hasNext) {

    public boolean hasPrevious() {
        return page > 1;
    }

    /** A page from up to {@code size + 1} rows read from its offset: the extra row only says there is more. */
    public static <T> ListingPage<T> of(List<T> rows, int page, int size) {
        boolean more = rows.size() > size;
        return new ListingPage<>(more ? List.copyOf(rows.subList(0, size)) : rows, page, size, more);
    }
}
