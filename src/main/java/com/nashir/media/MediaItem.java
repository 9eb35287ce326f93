package com.nashir.media;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An uploaded image: its descriptive text and the sizes stored for it, smallest first.
 * {@code width} and {@code height} are the upright size of the upload; {@code bytes} its file size;
 * {@code filename} is the uploader's file name, cleaned, for display only (never used as a path).
 */
public record MediaItem(
        long id,
        String key,
        String filename,
        String contentType,
        String sourceFormat,
        int width,
        int height,
        long bytes,
        String alt,
        String caption,
        String credit,
        boolean archive,
        Long uploadedBy,
        Instant createdAt,
        List<MediaSize> sizes) {

    /** The size to show by default: 1024 px wide, or the largest there is when the image is narrower. */
    public MediaSize display() {
        return sizes.stream()
                .filter(s -> s.width() == 1024)
                .findFirst()
                .orElseGet(() -> sizes.stream()
                        .max(Comparator.comparingInt(MediaSize::width))
                        .orElseThrow());
    }

    /** The largest stored file (the re-encoded original, at most 2400 px wide). */
    public MediaSize original() {
        return sizes.stream()
                .filter(MediaSize::original)
                .findFirst()
                .orElseGet(() -> sizes.stream()
                        .max(Comparator.comparingInt(MediaSize::width))
                        .orElseThrow());
    }
}
