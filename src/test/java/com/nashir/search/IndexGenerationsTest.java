package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generation folders: what an unfinished rebuild left is removed, nothing in use or just begun is. */
class IndexGenerationsTest {
    @TempDir
    Path root;

    @Test
    void removesWhatUnfinishedRebuildsLeftAndNothingInUse() throws IOException {
        IndexGenerations generations = new IndexGenerations(root);
        String serving = generations.create();
        generations.makeCurrent(serving);
        String abandoned = generations.create();
        Files.writeString(root.resolve(abandoned).resolve("_0.cfs"), "a segment a killed rebuild wrote");
        String building = generations.create(); // another process's rebuild, writing
        String begun = generations.create(); // another process's rebuild, before it takes the lock
        for (String name : new String[] {serving, abandoned, building}) {
            age(root.resolve(name), Duration.ofHours(1));
        }
        try (var dir = generations.open(building);
                var writer = new IndexWriter(dir, new IndexWriterConfig())) {
            age(root.resolve(building), Duration.ofHours(1));

            generations.deleteAbandoned(serving, Duration.ofMinutes(10));

            assertThat(root.resolve(abandoned)).doesNotExist();
            assertThat(root.resolve(serving)).isDirectory();
            assertThat(root.resolve(building)).isDirectory();
            assertThat(root.resolve(begun)).isDirectory();
            assertThat(generations.current()).isEqualTo(serving);
        }
    }

    private static void age(Path dir, Duration by) throws IOException {
        long then = System.currentTimeMillis() - by.toMillis();
        try (Stream<Path> files = Files.walk(dir)) {
            files.forEach(p -> p.toFile().setLastModified(then));
        }
    }
}
