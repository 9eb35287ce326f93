package com.nashir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A plain clone is all a newcomer needs: nothing refers to a folder beside the repository, the
 * README stays short, and CI runs the very test command the README gives
 * (bench/fresh-clone.sh runs both of the README's commands in a fresh clone).
 */
class RepositoryTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    /** The team's shared folder beside the repository (spelled in two parts so this file does not name it). */
    private static final String OUTSIDE = ".." + "/shared";

    @Test
    void nothingRefersToAFolderBesideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        for (String top : List.of("src", "docs", "bench", ".ci", "README.md", "pom.xml")) {
            Path start = ROOT.resolve(top);
            if (!Files.exists(start)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(start)) {
                for (Path f : files.filter(Files::isRegularFile)
                        .filter(RepositoryTest::isText)
                        .toList()) {
                    String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                    if (text.contains(OUTSIDE)) {
                        found.add(ROOT.relativize(f).toString());
                    }
                }
            }
        }
        assertThat(found).as("files that refer to " + OUTSIDE).isEmpty();
    }

    @Test
    void theReadmeFitsOnAFewScreens() throws IOException {
        assertThat(Files.readAllLines(ROOT.resolve("README.md"))).hasSizeLessThan(250);
    }

    @Test
    void ciRunsExactlyTheReadmeTestCommand() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher m = Pattern.compile("The whole test suite[^\\n]*\\n\\n```bash\\n([^\\n]+)\\n```")
                .matcher(readme);
        assertThat(m.find()).as("the README's test command block").isTrue();
        List<String> commands = Files.readAllLines(ROOT.resolve(".ci/run")).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        assertThat(commands.get(commands.size() - 1)).isEqualTo(m.group(1).strip());
    }

    private static boolean isText(Path f) {
        String name = f.getFileName().toString();
        return !name.matches(".*\\.(png|jpg|jpeg|gif|webp|ico|woff2?|jar|class|gz|zip)$")
                && !f.toString().contains("node_modules")
                && !f.toString().contains("/vendor/");
    }
}
