package com.nashir.media;

import java.util.Optional;
import org.springframework.core.io.Resource;

/**
 * Where media files live, by key ("2026/11/abc…-640.jpg"). Behind an interface so an
 * S3-compatible object store can replace the local directory when several app nodes serve media.
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
}
