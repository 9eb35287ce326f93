package com.nashir.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The index folders under {@code <data>/search}: each rebuild writes a new generation folder
 * and then names it in the file {@code CURRENT} (an atomic rename), so a rebuild — by this node
 * or by the {@code reindex} command in another process — never disturbs the index being served.
 */
final class IndexGenerations {
    private static final String CURRENT = "CURRENT";
    /** How {@link #create} names a generation folder (anything else under the root is not one). */
    private static final Pattern NAME = Pattern.compile("g[0-9a-z-]{1,60}");

    private final Path root;

    IndexGenerations(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the search folder " + root, e);
        }
    }

    /** The generation being served, or null when there is none yet (or CURRENT is unreadable). */
    String current() {
        try {
            Path file = root.resolve(CURRENT);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            String name = Files.readString(file, StandardCharsets.UTF_8).strip();
            return NAME.matcher(name).matches() ? name : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** A new, empty generation folder. */
    String create() {
        String name = "g" + System.currentTimeMillis() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        try {
            Files.createDirectories(root.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name;
    }

    Directory open(String name) throws IOException {
        return FSDirectory.open(root.resolve(name));
    }

    void makeCurrent(String name) {
        try {
            Path tmp = root.resolve(CURRENT + ".tmp");
            Files.writeString(tmp, name + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String name) {
        Path dir = root.resolve(name);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // an old generation left behind costs disk space only
        }
    }

    /**
     * Deletes the generation folders that rebuilds left unfinished (a node or a {@code reindex} stopped midway; at a
     * million articles each can hold gigabytes, and nothing else ever removes them): every folder but {@code keep}
     * that no process is writing (Lucene's write lock is free) and in which nothing changed for {@code idle}, so
     * that a rebuild just starting in another process, before it takes the lock, is left alone.
     */
    void deleteAbandoned(String keep, Duration idle) {
        long before = System.currentTimeMillis() - idle.toMillis();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path dir : folders.filter(Files::isDirectory).toList()) {
                String name = dir.getFileName().toString();
                if (name.equals(keep) || !NAME.matcher(name).matches() || lastChange(dir) > before) {
                    continue;
                }
                boolean free;
                try (Directory d = FSDirectory.open(dir);
                        Lock lock = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                    free = true;
                } catch (LockObtainFailedException e) {
                    free = false;
                }
                if (free) {
                    delete(name);
                }
            }
        } catch (IOException e) {
            // an abandoned generation left behind costs disk space only
        }
    }

    /** When anything in {@code dir} last changed (epoch millis). */
    private static long lastChange(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
        }
    }

    /** Bytes used by one generation. */
    long size(String name) {
        try (Stream<Path> files = Files.walk(root.resolve(name))) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
