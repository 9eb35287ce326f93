package com.nashir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Two rules of issue 15 that hold for every template and message, on the public site and in the
 * newsroom alike: editorial text takes the page's right-to-left direction (no {@code dir="auto"},
 * which turns a Latin-first headline such as "IMF: الاقتصاد…" left to right), and Arabic text
 * names things in Arabic ("رموز واجهة البرمجة", not "رموز API"; "أو", not "OR").
 */
class ArabicWordingTest {
    private static final Path MAIN = Path.of("src/main");
    /** English words that have the Arabic the site uses instead (واجهة البرمجة، أو، و، نص برمجي، رمز، المعرّف في الرابط، البريد، الرابط). */
    private static final Pattern ENGLISH =
            Pattern.compile("(?<![\\w./:<-])(?:API|OR|AND|NOT|(?i:scripts?|tokens?|slug|e-?mail|url))(?![\\w/-])");

    private static final Pattern ARABIC = Pattern.compile("[\\u0621-\\u064A]");
    /** Where dir="auto" stays: what a person types (fields), what a reader wrote (comments), a file's own name. */
    private static final Pattern MAY_BE_AUTO =
            Pattern.compile("^<(?:input|textarea)\\b|class=\"[^\"]*comment-(?:text|cell)|filename\\(\\)");

    @Test
    void editorialTextTakesThePageDirection() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(".jte")) {
            found.addAll(autoDirection(file, read(file)));
        }
        assertThat(found)
                .as("dir=\"auto\" on text that is not typed by a reader")
                .isEmpty();
    }

    @Test
    void theDirectionScanCatchesAnAutoHeadline() {
        Path t = Path.of("example.jte");
        assertThat(autoDirection(t, "<h1 dir=\"auto\">${article.headline()}</h1>"))
                .hasSize(1);
        assertThat(autoDirection(t, "<td><a href=\"/admin/articles/${a.id()}\" dir=\"auto\">${a.headline()}</a></td>"))
                .hasSize(1);
        assertThat(autoDirection(t, "<input type=\"search\" name=\"q\" dir=\"auto\">"))
                .isEmpty();
        assertThat(autoDirection(t, "<div class=\"comment-text\" dir=\"auto\">"))
                .isEmpty();
        assertThat(autoDirection(t, "<a href=\"/admin/import/${j.id()}\" dir=\"auto\">${j.filename()}</a>"))
                .isEmpty();
    }

    @Test
    void arabicTextNamesThingsInArabic() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(".jte")) {
            found.addAll(english(file, shownText(read(file))));
        }
        for (Path file : files(".java", ".js")) {
            found.addAll(english(file, arabicLiterals(CountedNounsTest.withoutComments(read(file)))));
        }
        for (Path file : files(".properties")) {
            if (file.getFileName().toString().startsWith("messages")) {
                found.addAll(english(file, bundleValues(read(file))));
            }
        }
        assertThat(found).as("English words in Arabic text").isEmpty();
    }

    @Test
    void theEnglishScanCatchesEachPlace() {
        Path t = Path.of("example.jte");
        assertThat(english(
                        t,
                        shownText("@template.admin.secret(page = page, label = \"رمز API الجديد:\", secret = secret)")))
                .hasSize(1);
        assertThat(english(t, shownText("<input type=\"search\" placeholder=\"فاس OR الرباط\">")))
                .hasSize(1);
        assertThat(english(t, shownText("<input name=\"email\" type=\"email\" dir=\"ltr\"> <span>البريد</span>")))
                .isEmpty();
        assertThat(english(t, shownText("<p>حروف لاتينية مثل world-news</p>"))).isEmpty();
        Path j = Path.of("Example.java");
        assertThat(english(j, arabicLiterals("ACTIONS.put(\"token.create\", \"إنشاء رمز API\");")))
                .hasSize(1);
        assertThat(english(j, arabicLiterals("f(\"سكربت\", \"token\", \"url\");")))
                .isEmpty();
        Path m = Path.of("messages.properties");
        assertThat(english(m, bundleValues("# a comment: رمز API\nauth.token.created=أُنشئ رمز API")))
                .hasSize(1);
        assertThat(english(m, bundleValues("article.image.url-required=رابط الصورة مطلوب")))
                .isEmpty();
    }

    static List<String> autoDirection(Path file, String text) {
        List<String> out = new ArrayList<>();
        Matcher tag =
                Pattern.compile("<[a-z][^<>]*\\bdir=\"auto\"[^<>]*>[^<]{0,80}").matcher(text);
        while (tag.find()) {
            if (!MAY_BE_AUTO.matcher(tag.group()).find()) {
                out.add(file + ": " + tag.group());
            }
        }
        return out;
    }

    static List<String> english(Path file, String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!ARABIC.matcher(line).find()) {
                continue;
            }
            Matcher m = ENGLISH.matcher(line);
            if (m.find()) {
                out.add(file + ": «" + m.group() + "» in " + line.strip());
            }
        }
        return out;
    }

    /** A template's text as people read it: text between tags, the attributes read aloud or shown, and string arguments. */
    static String shownText(String template) {
        StringBuilder out = new StringBuilder();
        Matcher read = Pattern.compile("\\b(?:placeholder|title|aria-label|alt|label|empty)\\s*=\\s*\"([^\"$]*)\"")
                .matcher(template);
        while (read.find()) {
            out.append(read.group(1)).append('\n');
        }
        out.append(template.replaceAll("\\$\\{[^}]*}|\\$unsafe\\{[^}]*}|!\\{[^}]*}", " ")
                .replaceAll("<[^>]*>", "\n")
                .replaceAll("@\\w+(?:\\.[\\w.-]+)?\\([^)]*\\)", " "));
        return out.toString();
    }

    /** The string literals of a source file that hold Arabic, one a line. */
    static String arabicLiterals(String source) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"|'((?:[^'\\\\\\n]|\\\\.)*)'")
                .matcher(source);
        while (m.find()) {
            String literal = m.group(1) != null ? m.group(1) : m.group(2);
            if (ARABIC.matcher(literal).find()) {
                out.append(literal).append('\n');
            }
        }
        return out.toString();
    }

    /** The messages of a bundle ({@code messages.properties}), one a line: the text after each key. */
    static String bundleValues(String bundle) {
        StringBuilder out = new StringBuilder();
        for (String line : bundle.split("\n")) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                out.append(line.substring(eq + 1)).append('\n');
            }
        }
        return out.toString();
    }

    private static List<Path> files(String... endings) throws IOException {
        try (Stream<Path> all = Files.walk(MAIN)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/vendor/"))
                    .filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e)))
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
