package com.nashir.site;

/**
 * The masthead logo: an image from the media library, by its smallest stored size (the masthead
 * shows it a few dozen pixels high). {@code width} and {@code height} are that file's, for the
 * img element's box.
 */
public record SiteLogo(long mediaId, String url, int width, int height) {}
