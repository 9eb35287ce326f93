package com.nashir.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real WordPress client, the npm package {@code wpapi}, against a running Nashir: it lists,
 * paginates, filters by category and tag, fetches by slug and embeds the author and featured
 * image ({@code src/test/wpapi/client-test.js}). Without Node.js the test is skipped, except
 * under CI=true, where it fails.
 */
@IntegrationTest
class WordPressClientIT {
    static final Path CLIENT = Path.of("src", "test", "wpapi");

    @LocalServerPort
    int port;

    @Test
    void theNpmWordPressClientGetsTheExpectedPosts() throws Exception {
        requireNode();
        if (!Files.isDirectory(CLIENT.resolve("node_modules").resolve("wpapi"))) {
            run(List.of("npm", "ci", "--prefix", CLIENT.toString(), "--no-audit", "--no-fund"), Map.of(), 300);
        }
        Http http = new Http(port);
        WpFixture fx = new WpFixture(http);
        Map<String, Object> expect = new LinkedHashMap<>();
        expect.put("sectionA", fx.sectionAId);
        expect.put("sectionB", fx.sectionBId);
        expect.put("tag1", fx.tag1);
        expect.put("tag2", fx.tag2);
        expect.put("p1", fx.p1);
        expect.put("p2", fx.p2);
        expect.put("p3", fx.p3);
        expect.put("p4", fx.p4);
        expect.put("draft", fx.draft);
        expect.put("p3Slug", fx.p3Slug);
        expect.put("author", fx.authorId);
        expect.put("authorName", "هدى الكاتبة " + fx.key);
        expect.put("deskUser", fx.deskUser());
        expect.put("mediaId", fx.mediaId);
        String output = run(
                List.of("node", CLIENT.resolve("client-test.js").toString(), http.base()),
                Map.of("WP_EXPECT", Http.json(expect)),
                120);
        assertThat(output).contains("wpapi client: all checks passed");
    }

    /** Runs a command from the project directory; fails with its output unless it exits 0 in time. */
    private static String run(List<String> command, Map<String, String> env, int seconds)
            throws IOException, InterruptedException {
        File log = File.createTempFile("nashir-wpapi-", ".log");
        try {
            ProcessBuilder pb =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
            pb.environment().putAll(env);
            Process process = pb.start();
            boolean done = process.waitFor(seconds, TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly();
            }
            String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
            assertThat(done)
                    .as(String.join(" ", command) + " did not finish in " + seconds + " s:\n" + output)
                    .isTrue();
            assertThat(process.exitValue())
                    .as(String.join(" ", command) + " failed:\n" + output)
                    .isZero();
            return output;
        } finally {
            Files.deleteIfExists(log.toPath());
        }
    }

    private static void requireNode() {
        boolean present = available("node") && available("npm");
        String message = "the WordPress client test needs Node.js and npm on the PATH";
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(present, message);
        } else if (!present) {
            Assertions.fail(message);
        }
    }

    private static boolean available(String program) {
        try {
            Process p = new ProcessBuilder(program, "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
