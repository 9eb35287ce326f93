package com.nashir.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMediaStoreTest {
    @TempDir
    Path dir;

    @Test
    void putGetDelete() throws Exception {
        var store = new LocalMediaStore(dir.resolve("media"));
        store.put("2026/11/abc-320.jpg", new byte[] {1, 2, 3});
        assertThat(store.get("2026/11/abc-320.jpg"))
                .hasValueSatisfying(r -> assertThat(r.exists()).isTrue());
        assertThat(Files.readAllBytes(dir.resolve("media/2026/11/abc-320.jpg"))).containsExactly(1, 2, 3);
        assertThat(files()).as("no temporary file left behind").containsExactly("abc-320.jpg");
        store.delete("2026/11/abc-320.jpg");
        store.delete("2026/11/abc-320.jpg");
        assertThat(store.get("2026/11/abc-320.jpg")).isEmpty();
    }

    @Test
    void keysCannotLeaveTheRoot() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "x");
        var store = new LocalMediaStore(dir.resolve("media"));
        for (String key : new String[] {
            "../secret.txt",
            "2026/../../secret.txt",
            "/etc/passwd",
            "%2e%2e/secret.txt",
            "..\\secret.txt",
            "",
            ".",
            "2026//x.jpg",
            "2026/./x.jpg",
            ".upload-1.tmp"
        }) {
            assertThat(store.get(key)).as(key).isEmpty();
            assertThat(store.resolve(key)).as(key).isEmpty();
        }
        assertThatThrownBy(() -> store.put("../escape.jpg", new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("escape.jpg")).doesNotExist();
    }

    @Test
    void onlyKeysOfTheLibrarysOwnShapeAreServed() {
        assertThat(MediaKeys.isFileKey("2026/11/abcdefghij0123456789-320.jpg")).isTrue();
        assertThat(MediaKeys.isFileKey("2026/11/abcdefghij0123456789-2400.png")).isTrue();
        assertThat(MediaKeys.isFileKey("2026/11/abcdefghij0123456789-320.gif")).isFalse();
        assertThat(MediaKeys.isFileKey("../11/abcdefghij0123456789-320.jpg")).isFalse();
        assertThat(MediaKeys.isFileKey("db/nashir.mv.db")).isFalse();
        assertThat(MediaKeys.newBase(java.time.Instant.parse("2026-11-03T10:00:00Z")))
                .matches("2026/11/[a-z0-9]{20}");
    }

    private java.util.List<String> files() throws Exception {
        try (Stream<Path> all = Files.walk(dir.resolve("media"))) {
            return all.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .toList();
        }
    }
}
