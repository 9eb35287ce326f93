package com.nashir.wpimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.NashirProcess;
import com.nashir.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import streams: a generated export larger than the heap the command gets imports completely
 * through {@code java -Xmx128m -jar target/nashir.jar import-wordpress}: 1,500 posts imported and
 * 1,500 pages of 100 kB skipped ({@code --pages=skip}), about 145 MB in all, every byte parsed
 * twice. Kept this small so the suite stays quick (writing articles, not reading XML, is what
 * takes time); docs/wordpress.md has the figures measured by hand on larger files. Runs once, on H2 (the
 * streaming does not depend on the engine; the PostgreSQL run of the other import tests covers it).
 */
class WordPressImportStreamingIT {
    static final int POSTS = 1_500;
    static final int PAGES = 1_500;

    @TempDir
    Path dir;

    @Test
    void aFileLargerThanTheHeapImportsWithFlatMemory() throws Exception {
        Assumptions.assumeTrue("h2".equals(TestDatabase.engine()), "measured once, on H2");
        Assumptions.assumeTrue(NashirProcess.jarExists(), "needs target/nashir.jar (mvn package)");
        Path file = dir.resolve("big.xml");
        SyntheticWxr.write(file, POSTS, 5000, PAGES, 100_000);
        assertThat(Files.size(file)).as("larger than the heap").isGreaterThan(128L * 1024 * 1024);

        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-jar",
                NashirProcess.JAR.toAbsolutePath().toString(),
                "import-wordpress",
                file.toString(),
                "--pages=skip"));
        Path log = dir.resolve("import.log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("NASHIR_DATA_DIR", dir.resolve("data").toString());
        long started = System.nanoTime();
        Process p = pb.start();
        boolean done = p.waitFor(6, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        System.out.printf(
                "import of %d posts + %d pages (%.1f MB) with -Xmx128m: %.1f s%n",
                POSTS, PAGES, Files.size(file) / 1e6, (System.nanoTime() - started) / 1e9);
        assertThat(done).as(out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out)
                .doesNotContain("OutOfMemoryError")
                .contains("المقالات: أُنشئ " + POSTS)
                .contains("الصفحات: تُخطّي " + PAGES)
                .contains("التعليقات: أُنشئ " + POSTS / 10)
                .contains("importing [##############################] 100%");
    }
}
