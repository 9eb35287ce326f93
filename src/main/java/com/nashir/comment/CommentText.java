package com.nashir.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Plain-text rules for comment text, as pure functions: cleaning what arrives, splitting it into
 * paragraphs for display, counting links and finding blocked words. Comments are never HTML:
 * whatever markup a reader types is kept as the characters typed and escaped on output.
 */
public final class CommentText {
    /** C0 controls other than tab and line feed, and DEL: never meaningful in a comment (and PostgreSQL refuses NUL). */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|ftp://|www\\.)");
    /** Arabic tashkeel (fathatan … sukun), superscript alef, and tatweel: ignored when matching words. */
    private static final Pattern MARKS = Pattern.compile("[\\u064B-\\u0652\\u0670\\u0640]");

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private CommentText() {}

    /**
     * What is stored: line breaks as LF, control characters removed, spaces at line ends and
     * more than one blank line between paragraphs dropped, no white space around the whole.
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        s = CONTROLS.matcher(s).replaceAll("");
        s = s.replaceAll("[ \\t]+\\n", "\n");
        s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    /** Paragraphs (separated by a blank line), each as its lines. */
    public static List<List<String>> paragraphs(String text) {
        List<List<String>> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String para : text.split("\\n\\s*\\n")) {
            if (!para.isBlank()) {
                out.add(List.of(para.strip().split("\\n")));
            }
        }
        return out;
    }

    /** How many links the text carries ("http://", "https://", "ftp://" or "www."). */
    public static int links(String text) {
        var m = LINK.matcher(text == null ? "" : text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * The first blocked word or phrase found in the text as whole words, or null. Matching ignores
     * case, tashkeel and tatweel and treats أ إ آ as ا, so "كلِمة" matches a blocked "كلمة"; a word
     * is not matched inside a longer one.
     */
    public static String blockedWord(String text, List<String> blocked) {
        String haystack = " " + words(text) + " ";
        for (String word : blocked) {
            String needle = words(word);
            if (!needle.isEmpty() && haystack.contains(" " + needle + " ")) {
                return word;
            }
        }
        return null;
    }

    /** Lower-cased, marks removed, alef forms unified, runs of non-letters as one space. */
    static String words(String s) {
        if (s == null) {
            return "";
        }
        String t = MARKS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        t = t.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
        return NOT_WORD.matcher(t).replaceAll(" ").strip();
    }
}
