package com.nashir.media;

import java.net.URI;
import java.util.Optional;
import org.springframework.core.io.Resource;

/**
 * Where media files live, by key ("2026/11/abc…-640.jpg"): a local directory
 * ({@link LocalMediaStore}, the default) or an S3-compatible bucket ({@link S3MediaStore}) when
 * several app nodes serve media.
 * Keys are made by {@link MediaKeys}; implementations still refuse keys that would escape their
 * root. Files are written once and never changed under the same key.
 */
public interface MediaStore {

    /** Stores the bytes under the key, all or nothing: a reader never sees half a file. */
    void put(String key, byte[] data);

    /** The stored file, or empty when there is none (or the key is not a safe one). */
    Optional<Resource> get(String key);

    /** Removes the file; no error when it is already gone. */
    void delete(String key);

    /**
     * Where readers can fetch the file straight from the store (a public bucket or its CDN), when
     * the operator configured one; empty when Nashir streams it itself.
     */
    default Optional<URI> publicAddress(String key) {
        return Optional.empty();
    }
}
