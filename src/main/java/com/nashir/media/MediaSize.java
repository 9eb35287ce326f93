package com.nashir.media;

/** One stored file of a media item: its pixel size, bytes and key; {@code original} is the largest. */
public record MediaSize(int width, int height, long bytes, boolean original, String key) {

    /** The public address, e.g. "/media/2026/11/k3f…-640.jpg". */
    public String path() {
        return MediaLibrary.PATH_PREFIX + key;
    }
}
