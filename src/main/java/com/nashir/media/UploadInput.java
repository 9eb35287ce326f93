package com.nashir.media;

import java.io.InputStream;

/**
 * An upload as received. {@code content} is read by the library up to the size limit (so the limit
 * holds whatever a caller claims); {@code filename} is shown to editors only. A null
 * {@code content} means no file was sent.
 */
public record UploadInput(
        String filename, InputStream content, String alt, String caption, String credit, boolean archive) {}
