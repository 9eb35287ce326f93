package com.nashir.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Media files in a directory ({@code <data dir>/media}). Each file is written to a temporary file
 * in the same folder and then moved into place, so a crash or a concurrent reader never sees a
 * partial image. Every key is resolved and checked to stay under the root, whatever its text.
 */
final class LocalMediaStore implements MediaStore {
    private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");

    private final Path root;

    LocalMediaStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create media directory " + this.root, e);
        }
    }

    Path root() {
        return root;
    }

    @Override
    public void put(String key, byte[] data) {
        Path target = resolve(key).orElseThrow(() -> new IllegalArgumentException("unsafe media key: " + key));
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            Files.write(temp, data);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot store media file " + key, e);
        }
    }

    @Override
    public Optional<Resource> get(String key) {
        return resolve(key).filter(Files::isRegularFile).map(FileSystemResource::new);
    }

    @Override
    public void delete(String key) {
        resolve(key).ifPresent(LocalMediaStore::deleteQuietly);
    }

    /** The file for this key, only when the key is plain and the path stays under the root. */
    Optional<Path> resolve(String key) {
        if (key == null || key.length() > 300 || !SAFE.matcher(key).matches() || key.contains("..")) {
            return Optional.empty();
        }
        Path p = root.resolve(key).normalize();
        return p.startsWith(root) && !p.equals(root) ? Optional.of(p) : Optional.empty();
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Left behind: harmless, it is never served under a media key.
        }
    }
}
