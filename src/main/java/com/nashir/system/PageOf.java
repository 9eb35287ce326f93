package com.nashir.system;

import java.util.List;

/** One page of a longer list. Pages are numbered from 1. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public int totalPages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    public static long offset(int page, int size) {
        return (long) (Math.max(page, 1) - 1) * size;
    }
}
