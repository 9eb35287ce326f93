package com.nashir.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reference fixtures in src/test/resources/seed/ (article.json, breaking.json, article.txt),
 * read from the test classpath so a plain clone of the repository has everything its tests use.
 */
public final class Seed {
    private Seed() {}

    public static String read(String name) {
        try (InputStream in = Seed.class.getResourceAsStream("/seed/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no seed fixture " + name + " in src/test/resources/seed/");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
