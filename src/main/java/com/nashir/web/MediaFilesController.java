package com.nashir.web;

import com.nashir.media.MediaKeys;
import com.nashir.media.MediaLibrary;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public media files at /media/{key}. A key names one file forever (uploads get fresh random keys
 * and files are never rewritten), so browsers and CDNs may keep them a year without asking again.
 * Only keys of the exact form the library makes are looked up, and the store checks again that the
 * path stays under its root: "..", encoded dots and other folders of the data directory are 404.
 * Conditional requests (If-None-Match, If-Modified-Since) get their 304 from Spring, which compares
 * them with the ETag and Last-Modified set here. Files in an S3-compatible bucket are streamed the
 * same way, or, when the bucket is public (NASHIR_MEDIA_S3_PUBLIC_URL), redirected to.
 */
@RestController
class MediaFilesController {
    /** Written out rather than built by CacheControl, so the header reads exactly as documented. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final MediaLibrary media;

    MediaFilesController(MediaLibrary media) {
        this.media = media;
    }

    @GetMapping(MediaLibrary.PATH_PREFIX + "**")
    ResponseEntity<Resource> file(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String key = uri.startsWith(MediaLibrary.PATH_PREFIX) ? uri.substring(MediaLibrary.PATH_PREFIX.length()) : "";
        Optional<java.net.URI> direct = media.publicAddress(key);
        if (direct.isPresent()) {
            // A public bucket (or its CDN) serves the file; the address of a key never changes, but
            // the site's choice of store may, so browsers keep the redirect a day, not a year.
            return ResponseEntity.status(302)
                    .location(direct.get())
                    .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400")
                    .build();
        }
        Optional<Resource> file = media.file(key);
        Optional<String> type = MediaKeys.contentType(key);
        if (file.isEmpty() || type.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Resource resource = file.get();
        long length;
        long modified;
        try {
            length = resource.contentLength();
            modified = resource.lastModified();
        } catch (IOException e) {
            return ResponseEntity.notFound().build(); // deleted a moment ago
        }
        String etag = "\"" + Long.toHexString(length) + "-" + Long.toHexString(modified) + "\"";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type.get()))
                .contentLength(length)
                .header(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .eTag(etag)
                .lastModified(modified)
                .header("X-Content-Type-Options", "nosniff")
                .body(resource);
    }
}
