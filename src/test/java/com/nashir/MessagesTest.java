package com.nashir;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.article.ArticleStatus;
import com.nashir.article.CommentsMode;
import com.nashir.comment.CommentStatus;
import com.nashir.system.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Words for people live in {@code messages.properties} (issue 16, item 6), not in Java: every key the
 * code names exists in the bundle and every key in the bundle is named somewhere, and the Arabic
 * string literals left in {@code src/main/java} may only shrink, package by package ({@link #LIMITS}).
 * {@code arabic/} is exempt: month names, number words and letter rules are language data, not messages.
 */
class MessagesTest {
    private static final Path BUNDLE = Path.of("src/main/resources/messages.properties");
    private static final Path JAVA = Path.of("src/main/java/com/nashir");
    private static final Path MAIN = Path.of("src/main");
    /** A key as the code names it: Messages.text("article.headline.required", ...). */
    private static final Pattern KEY_USE = Pattern.compile("Messages\\.text\\(\\s*\"([^\"]+)\"");

    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z]+(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");
    private static final Pattern ARABIC =
            Pattern.compile("[\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF]");

    /**
     * Arabic string literals allowed per package of {@code src/main/java/com/nashir} (the top-level
     * classes count as ""). Lower a number when you move messages into the bundle; a package not
     * listed may have none.
     */
    private static final Map<String, Integer> LIMITS = limits(
            "",
            1,
            "access",
            0,
            "admin",
            0,
            "api",
            0,
            "article",
            0,
            "author",
            0,
            "breaking",
            0,
            "comment",
            0,
            "coverage",
            0,
            "demo",
            1,
            "embed",
            0,
            "feed",
            0,
            "frontpage",
            0,
            "live",
            0,
            "media",
            0,
            "ops",
            0,
            "search",
            0,
            "section",
            0,
            "setup",
            0,
            "site",
            0,
            "system",
            0,
            "tag",
            0,
            "user",
            0,
            "web",
            0,
            "wordpress",
            0,
            "wpimport",
            0);

    private static final Set<String> EXEMPT = Set.of("arabic");

    @Test
    void everyKeyTheCodeNamesIsInTheBundle() {
        Map<String, String> bundle = bundle();
        List<String> missing = new ArrayList<>();
        for (Path file : files(MAIN, ".java", ".jte")) {
            Matcher m = KEY_USE.matcher(read(file));
            while (m.find()) {
                if (!bundle.containsKey(m.group(1))) {
                    missing.add(MAIN.relativize(file) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).as("keys named in code but missing from %s", BUNDLE).isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        StringBuilder code = new StringBuilder();
        for (Path file : files(MAIN, ".java", ".jte")) {
            code.append(read(file)).append('\n');
        }
        String all = code.toString();
        List<String> unused = bundle().keySet().stream()
                .filter(k -> !all.contains("\"" + k + "\""))
                .toList();
        assertThat(unused)
                .as("keys in %s that no code names (as \"the.key\")", BUNDLE)
                .isEmpty();
    }

    /** Keys are lower-case dotted names, each once; a message with arguments has no ASCII apostrophe (MessageFormat's quote). */
    @Test
    void theBundleIsWellFormed() {
        List<String> wrong = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String line : read(BUNDLE).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq);
            String value = eq < 0 ? "" : line.substring(eq + 1);
            if (!KEY_SHAPE.matcher(key).matches()) {
                wrong.add("key not shaped feature.subject.what: " + key);
            }
            if (!seen.add(key)) {
                wrong.add("key twice: " + key);
            }
            if (value.isBlank() || !value.equals(value.strip()) || value.contains("\\")) {
                wrong.add("empty, padded or escaped value: " + key);
            }
            if (value.contains("{") && value.contains("'")) {
                wrong.add("apostrophe in a message with arguments: " + key);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void messagesKeepTheirText() {
        assertThat(Messages.text("article.headline.required")).isEqualTo("العنوان مطلوب");
        assertThat(Messages.text("comment.not-found", 1234567L)).isEqualTo("لا يوجد تعليق بالرقم 1234567");
        assertThat(Messages.text("comment.links.too-many", "ثلاثة روابط", "رابطان"))
                .isEqualTo("في التعليق ثلاثة روابط، والحد الأقصى رابطان");
        assertThat(Messages.text("article.tag.unknown", "{x} '1'"))
                .isEqualTo("الوسم «{x} '1'» غير موجود؛ إنشاء وسم جديد يتطلب دور محرر أو أعلى");
        for (ArticleStatus s : ArticleStatus.values()) {
            assertThat(s.label()).matches(".*" + ARABIC.pattern() + ".*");
        }
        for (CommentsMode m : CommentsMode.values()) {
            assertThat(m.label()).matches(".*" + ARABIC.pattern() + ".*");
        }
        for (CommentStatus s : CommentStatus.values()) {
            assertThat(s.label()).matches(".*" + ARABIC.pattern() + ".*");
        }
    }

    /** Every message with arguments reads as MessageFormat made it before Messages put them in itself. */
    @Test
    void argumentsGoInAsMessageFormatPutThem() {
        Object[] args = {"أ", "{1}", "ج '", "د"};
        for (String line : read(BUNDLE).split("\n")) {
            int eq = line.indexOf('=');
            if (line.startsWith("#") || eq < 0 || !line.contains("{")) {
                continue;
            }
            String key = line.substring(0, eq);
            String pattern = line.substring(eq + 1);
            assertThat(Messages.text(key, args))
                    .as(key)
                    .isEqualTo(new java.text.MessageFormat(pattern, Messages.LOCALE).format(args));
        }
    }

    @Test
    void arabicLiteralsInJavaOnlyShrink() {
        Map<String, Integer> counts = arabicLiteralsByPackage(JAVA);
        StringBuilder table = new StringBuilder("Arabic string literals in src/main/java by package (limit):\n");
        List<String> over = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        int total = 0;
        for (var e : counts.entrySet()) {
            String pkg = e.getKey();
            int n = e.getValue();
            if (EXEMPT.contains(pkg)) {
                table.append(String.format("  %-10s %4d (exempt: language data)%n", pkg, n));
                continue;
            }
            total += n;
            int limit = LIMITS.getOrDefault(pkg, 0);
            table.append(String.format("  %-10s %4d (%d)%n", pkg.isEmpty() ? "(top)" : pkg, n, limit));
            if (n > limit) {
                over.add(pkg + ": " + n + " > " + limit);
            } else if (n < limit) {
                lower.add("\"" + pkg + "\", " + n);
            }
        }
        table.append("  total      ").append(total).append(" outside arabic/\n");
        System.out.print(table);
        if (!lower.isEmpty()) {
            System.out.println("MessagesTest.LIMITS can be lowered: " + String.join(", ", lower));
        }
        assertThat(over)
                .as(
                        "new Arabic text in Java: put it in %s and name its key (see docs/architecture.md, Messages)",
                        BUNDLE)
                .isEmpty();
    }

    @Test
    void theCountSeesStringsNotCommentsOrCharacters() {
        assertThat(
                        arabicLiterals(
                                "// \"تعليق\"\n/* \"تعليق\" */ f(\"نص\", 'أ', \"a\", \"\\\"ب\\\"\");\nString s = \"\"\"\n  نص\n  \"\"\";"))
                .isEqualTo(3);
    }

    static Map<String, Integer> arabicLiteralsByPackage(Path root) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Path file : files(root, ".java")) {
            Path rel = root.relativize(file);
            String pkg = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
            counts.merge(pkg, arabicLiterals(read(file)), Integer::sum);
        }
        return counts;
    }

    /** String literals and text blocks holding Arabic, comments and character literals skipped. */
    static int arabicLiterals(String src) {
        int count = 0;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                i = src.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i++;
                while (i < n && src.charAt(i) != '\'') {
                    i += src.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '"') {
                boolean block = src.startsWith("\"\"\"", i);
                String close = block ? "\"\"\"" : "\"";
                int start = i + close.length();
                i = start;
                while (i < n && !src.startsWith(close, i)) {
                    i += src.charAt(i) == '\\' ? 2 : 1;
                }
                if (ARABIC.matcher(src.substring(start, Math.min(i, n))).find()) {
                    count++;
                }
                i += close.length();
            } else {
                i++;
            }
        }
        return count;
    }

    private static Map<String, String> bundle() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : read(BUNDLE).split("\n")) {
            int eq = line.indexOf('=');
            if (!line.isBlank() && !line.startsWith("#") && eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }

    private static Map<String, Integer> limits(Object... pairs) {
        Map<String, Integer> out = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return out;
    }

    private static List<Path> files(Path root, String... endings) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/vendor/"))
                    .filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
