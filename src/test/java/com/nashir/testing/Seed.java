package com.nashir.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.node.ObjectNode;

/**
 * The user's reference fixtures in ../shared/seed/ (article.json, breaking.json, article.txt).
 * The folder is found next to the repository or named by NASHIR_SEED_DIR.
 */
public final class Seed {
    private Seed() {}

    public static Path dir() {
        String env = System.getenv("NASHIR_SEED_DIR");
        if (env != null) {
            return Path.of(env);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/seed");
            if (Files.isRegularFile(candidate.resolve("article.json"))) {
                return candidate;
            }
            Path sibling = p.resolveSibling("shared").resolve("seed");
            if (Files.isRegularFile(sibling.resolve("article.json"))) {
                return sibling;
            }
        }
        throw new IllegalStateException("shared/seed not found beside " + here + " (set NASHIR_SEED_DIR)");
    }

    public static String read(String name) {
        try {
            return Files.readString(dir().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed article with its section replaced (tests use their own sections). */
    public static String articleIn(String sectionSlug) {
        ObjectNode node = (ObjectNode) Http.parse(read("article.json"));
        node.put("section", sectionSlug);
        return Http.json(node);
    }
}
