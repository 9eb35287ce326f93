package com.nashir.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The data directory (NASHIR_DATA_DIR, default ./data): embedded database and, later, media. */
@Component
public class DataDirectory {
    private final Path root;

    public DataDirectory(@Value("${nashir.data-dir}") String dir) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + root, e);
        }
    }

    public Path root() {
        return root;
    }
}
