package com.nashir.feed;

/**
 * A featured image as feeds announce it (RSS enclosure, Atom enclosure link, media:content,
 * JSON Feed image).
 *
 * @param url    absolute
 * @param type   media type, e.g. image/jpeg
 * @param bytes  file size when known (media library images), 0 otherwise
 * @param width  pixels when known, else null
 * @param height pixels when known, else null
 */
public record FeedImage(
        String url, String type, long bytes, Integer width, Integer height, String alt, String caption) {}
