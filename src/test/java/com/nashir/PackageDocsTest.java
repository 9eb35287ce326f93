package com.nashir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package under {@code com.nashir} says in its {@code package-info.java} what it is, so a
 * newcomer's IDE answers "audience or feature?" before any code is read ({@code wordpress/}, an
 * audience, and {@code wpimport/}, a feature, did not say which was which).
 */
class PackageDocsTest {
    private static final Path ROOT = Path.of("src/main/java/com/nashir");

    @Test
    void everyPackageSaysWhatItIs() throws IOException {
        List<Path> packages;
        try (Stream<Path> dirs = Files.list(ROOT)) {
            packages = dirs.filter(Files::isDirectory).toList();
        }
        assertThat(packages).isNotEmpty();
        assertThat(packages)
                .allSatisfy(p -> assertThat(p.resolve("package-info.java"))
                        .as("package-info.java of %s", ROOT.relativize(p))
                        .exists());
    }
}
