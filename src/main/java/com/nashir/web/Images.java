package com.nashir.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nashir.media.MediaLibrary;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Responsive image attributes for pictures from the media library: the {@code srcset} of every
 * stored size, so phones download 320–640 px files and wide screens 1024–1600 px. Other
 * addresses (demo files, external images) have none and render with their {@code src} alone.
 *
 * <p>Media files never change (their addresses are random and never reused), so the answer per
 * address is kept for a while; a deleted item's srcset may outlive it by that much.
 */
@Component
public class Images {
    private final MediaLibrary media;
    private final Cache<String, String> srcsets = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    Images(MediaLibrary media) {
        this.media = media;
    }

    /** "/media/…-320.jpg 320w, …", or null when the address is not a media library file. */
    public String srcset(String url) {
        if (url == null || !url.startsWith(MediaLibrary.PATH_PREFIX)) {
            return null;
        }
        String s =
                srcsets.get(url, u -> media.byPath(u).map(MediaLibrary::srcset).orElse(""));
        return s.isEmpty() ? null : s;
    }
}
