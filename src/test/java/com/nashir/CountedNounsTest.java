package com.nashir;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.arabic.CountedNoun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every counted noun a person reads goes through {@link com.nashir.arabic.ArabicCount} (templates:
 * {@code fmt.count}, {@code fmt.countAfter}, {@code fmt.decimal}): this test reads every template,
 * Java source and public script and fails on a number glued to a noun any other way —
 * "${fmt.number(n)} نتيجة", {@code n + " ثانية"}, "(حتى 300 حرف)", {@code "%d مقالاً"}.
 *
 * <p>A number counts as glued when the word right after it is Arabic and is either a form of a
 * known counted noun ({@link CountedNoun}'s catalogue) or follows an expression that is plainly a
 * number (a count, a size, a length, a limit constant). Words that may follow a number without
 * counting anything (من، إلى، و، أو، في…) and labels ("رقم 12", "الصفحة 3") are allowed.
 */
class CountedNounsTest {
    private static final Path MAIN = Path.of("src/main");
    private static final String ARABIC_WORD = "([\\u0621-\\u064A\\u0671-\\u06D3]+)";
    /** Words that may stand after a number without being counted by it. */
    private static final Set<String> NOT_COUNTED = Set.of(
            "من", "إلى", "الى", "في", "و", "أو", "او", "على", "عن", "مع", "ثم", "حتى", "فقط", "منها", "منه", "فأكثر",
            "فأقل", "بين", "أي");
    /** Words before a number that make it a label ("رقم 12"), not a count. */
    private static final Pattern LABEL_BEFORE =
            Pattern.compile("(?:رقم|بالرقم|الرقم|الصفحة|السطر|المعرّف)\\s*[\"+\\s(]*$");
    /** An expression that is a number: a count, a size, a length, a limit, a duration. */
    private static final Pattern NUMERIC_EXPRESSION = Pattern.compile(
            "(?:number\\(|size\\(\\)|length\\(\\)?|total\\(\\)|count|Count|percent|items\\(\\)|millis|[Ss]econds|[Mm]inutes|MAX_|MIN_|\\blinks\\b|\\bn\\b)");
    /** The sanctioned ways to write a counted noun. */
    private static final Pattern COUNTING = Pattern.compile(
            "(?:ArabicCount\\.|fmt\\(\\)\\.count|\\.count\\(|countAfter\\(|\\.decimal\\(|\\.percent\\(|plural\\()");

    @Test
    void noTemplateOrMessageGluesANumberToANoun() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                if (name.contains("/vendor/") || name.contains("/arabic/")) {
                    continue; // third-party code; the counting function itself
                }
                if (name.endsWith(".jte")) {
                    found.addAll(template(file, read(file)));
                } else if (name.endsWith(".java") || name.endsWith(".js")) {
                    found.addAll(source(file, withoutComments(read(file))));
                } else if (file.getFileName().toString().startsWith("messages") && name.endsWith(".properties")) {
                    found.addAll(bundle(file, ArabicWordingTest.bundleValues(read(file))));
                }
            }
        }
        assertThat(found)
                .as("numbers glued to nouns (use ArabicCount / fmt.count)")
                .isEmpty();
    }

    @Test
    void theScanCatchesEachWayOfGluing() {
        Path t = Path.of("example.jte");
        assertThat(template(t, "<p>${fmt.number(results.page().total())} نتيجة</p>"))
                .hasSize(1);
        assertThat(template(t, "<p>${page.fmt().number(list.total())} مقالاً</p>"))
                .hasSize(1);
        assertThat(template(t, "<span class=\"hint\">(نص فقط، من حرفين إلى 3000 حرف)</span>"))
                .hasSize(1);
        assertThat(template(t, "<strong>${fmt.number(n)}</strong> <span>صور</span>"))
                .hasSize(1);
        assertThat(template(t, "<p>${fmt.count(n, CountedNoun.RESULT)} في القسم</p>"))
                .isEmpty();
        assertThat(template(t, "<p>الصفحة ${fmt.number(p)} من ${fmt.number(n)}</p>"))
                .isEmpty();
        Path j = Path.of("Example.java");
        assertThat(source(j, "throw new X(\"حاول بعد \" + seconds + \" ثانية\");"))
                .hasSize(1);
        assertThat(source(j, "v.add(\"في التعليق \" + links + \" روابط، والحد \" + max);"))
                .hasSize(1);
        assertThat(
                        source(
                                j,
                                "f(\"رُفعت الصورة رقم \" + item.id() + \" وصُنعت منها \" + item.sizes().size() + \" مقاسات.\");"))
                .hasSize(1);
        assertThat(source(j, "String.format(\"%d مقالاً\", n)")).hasSize(1);
        assertThat(source(j, "el.textContent = words + ' كلام';")).hasSize(1);
        assertThat(source(j, "f(\"لا توجد صورة بالرقم \" + id + \" في مكتبة الوسائط\");"))
                .isEmpty();
        assertThat(source(j, "f(\"المستخدم \" + user.name() + \" مرتبط بالكاتب\");"))
                .isEmpty();
        Path m = Path.of("messages.properties");
        assertThat(bundle(m, "التعليق أطول من {0} حرف")).hasSize(1);
        assertThat(bundle(m, "(حتى 300 حرف)")).hasSize(1);
        assertThat(bundle(m, "في التعليق {0}، والحد الأقصى {1}")).isEmpty();
        assertThat(bundle(m, "عدد الروابط بين 0 و{0}")).isEmpty();
        // One message per line: an argument ending one message is not glued to the first word of the next.
        assertThat(bundle(m, "الصورة رقم {0}: {1}\nتعليق رقم {0}")).isEmpty();
    }

    static List<String> template(Path file, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\$\\{").matcher(text);
        while (m.find()) {
            int end = closingBrace(text, m.end());
            if (end < 0) {
                continue;
            }
            String expression = text.substring(m.end(), end);
            String next = nextWord(text.substring(end + 1, Math.min(text.length(), end + 200)));
            if (glued(expression, next, text.substring(Math.max(0, m.start() - 40), m.start()))) {
                out.add(file + ": ${" + expression + "} " + next);
            }
        }
        // Literal numbers in the page's text (attributes and expressions aside).
        String shown = text.replaceAll("\\$\\{[^}]*}", " ").replaceAll("<[^>]*>", " ");
        Matcher literal = Pattern.compile("(?<![\\w.#/-])\\d+(?:[.,]\\d+)?\\s+" + ARABIC_WORD)
                .matcher(shown);
        while (literal.find()) {
            if (!NOT_COUNTED.contains(literal.group(1))
                    && !LABEL_BEFORE
                            .matcher(shown.substring(Math.max(0, literal.start() - 20), literal.start()))
                            .find()) {
                out.add(file + ": " + literal.group());
            }
        }
        return out;
    }

    static List<String> source(Path file, String text) {
        List<String> out = new ArrayList<>();
        // "…" + expression + " noun"  (Java and JavaScript, either quote)
        Matcher concat = Pattern.compile("\\+\\s*([^\"'+;]+?)\\s*\\+\\s*[\"']\\s*" + ARABIC_WORD)
                .matcher(text);
        while (concat.find()) {
            String expression = concat.group(1);
            String before = text.substring(Math.max(0, concat.start() - 40), concat.start());
            if (glued(expression, concat.group(2), before)) {
                out.add(file + ": + " + expression + " + \"" + concat.group(2) + "\"");
            }
        }
        // expression + ' noun' at the start of a concatenation (JavaScript counters)
        Matcher lead = Pattern.compile("=\\s*([\\w.()]+)\\s*\\+\\s*[\"']\\s*" + ARABIC_WORD)
                .matcher(text);
        while (lead.find()) {
            if (glued(lead.group(1), lead.group(2), "")) {
                out.add(file + ": " + lead.group(1) + " + \"" + lead.group(2) + "\"");
            }
        }
        // format strings and literal numbers inside string literals
        Matcher format = Pattern.compile(
                        "%[-\\d.]*[dfs]\\s+" + ARABIC_WORD + "|(?<![\\w.#/-])\\d+(?:[.,]\\d+)?\\s+" + ARABIC_WORD)
                .matcher(stringLiterals(text));
        while (format.find()) {
            String word = format.group(1) != null ? format.group(1) : format.group(2);
            if (!NOT_COUNTED.contains(word)
                    && (format.group(1) != null || nounForms().contains(word))) {
                out.add(file + ": \"" + format.group() + "\"");
            }
        }
        return out;
    }

    /**
     * A bundle's messages, one per line: an argument ({@code {0}}) or a number followed by a counted
     * noun on the same line. Arguments that count arrive whole from ArabicCount ("ثلاثة روابط"), so
     * the noun never follows them.
     */
    static List<String> bundle(Path file, String values) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?:\\{\\d+}|(?<![\\w.#/{-])\\d+(?:[.,]\\d+)?)\\h+" + ARABIC_WORD)
                .matcher(values);
        while (m.find()) {
            if (!NOT_COUNTED.contains(m.group(1)) && nounForms().contains(m.group(1))) {
                out.add(file + ": " + m.group());
            }
        }
        return out;
    }

    private static boolean glued(String expression, String next, String before) {
        if (next == null
                || NOT_COUNTED.contains(next)
                || COUNTING.matcher(expression).find()) {
            return false;
        }
        if (LABEL_BEFORE.matcher(before).find()) {
            return false;
        }
        return nounForms().contains(next)
                || NUMERIC_EXPRESSION.matcher(expression).find();
    }

    /** The first word after an expression, markup skipped; null when it is not an Arabic word. */
    private static String nextWord(String after) {
        // Inline markup only: a cell or paragraph boundary ends the phrase.
        String shown = after.replaceAll("^(?:[ \\t]|</?(?:strong|b|em|i|span|bdi|mark|a)\\b[^>]*>)+", "");
        Matcher m = Pattern.compile("^" + ARABIC_WORD).matcher(shown);
        return m.find() ? m.group(1) : null;
    }

    private static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String stringLiterals(String source) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"|'((?:[^'\\\\\\n]|\\\\.)*)'")
                .matcher(source);
        while (m.find()) {
            out.append(m.group(1) != null ? m.group(1) : m.group(2)).append('\n');
        }
        return out.toString();
    }

    private static Set<String> nounForms;

    /** Every form of every noun in the catalogue, plus nouns the catalogue does not need but a glued number would use. */
    static synchronized Set<String> nounForms() {
        if (nounForms == null) {
            Set<String> forms = new HashSet<>(
                    Set.of("كلام", "كلمة", "ثوان", "ثواني", "صفحة", "صفحات", "مرة", "مرات", "أحرف", "حروف"));
            for (Field f : CountedNoun.class.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == CountedNoun.class) {
                    try {
                        CountedNoun n = (CountedNoun) f.get(null);
                        forms.addAll(List.of(
                                n.singular(),
                                n.dual(),
                                n.dualOblique(),
                                n.plural(),
                                n.accusative().replace("\u064B", "")));
                        forms.add(n.accusative());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            nounForms = forms;
        }
        return nounForms;
    }

    /** Source without its comments (examples in javadoc are not messages). */
    static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", " ");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
