package com.nashir.system;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Words for people live in one bundle, {@code src/main/resources/messages.properties} (UTF-8), keyed
 * by feature ({@code article.headline.required}, {@code comment.refused.too-fast}); code names a key,
 * never the text, so wording is reviewed and corrected in one place. Features call
 * {@link #text(String, Object...)} where they throw, so every exception, field error and label keeps
 * carrying finished Arabic text to every audience (API, newsroom, site, WordPress API, import log)
 * and no feature needs HTTP to name an error.
 *
 * <p>The one {@link MessageSource} is this class's: {@link MessagesConfig} publishes it as Spring's
 * {@code messageSource} bean (so Spring Boot's {@code spring.messages.*} auto-configuration stands
 * aside), and it works without a Spring context (unit tests, console commands). Arguments are
 * {@code {0}}, {@code {1}}…, always inserted as text ({@link String#valueOf}), so no number is ever
 * formatted by {@link java.text.MessageFormat}'s locale rules; counted nouns come from
 * {@code arabic/ArabicCount} as arguments. A message with arguments must not contain an ASCII
 * apostrophe (MessageFormat's quote); MessagesTest checks the bundle.
 */
public final class Messages {
    /** The language of the text. An English edition would pick this per request instead. */
    public static final Locale LOCALE = Locale.forLanguageTag("ar");

    private static final ResourceBundleMessageSource SOURCE = create();

    private Messages() {}

    private static ResourceBundleMessageSource create() {
        ResourceBundleMessageSource s = new ResourceBundleMessageSource();
        s.setBasename("messages");
        s.setDefaultEncoding("UTF-8");
        s.setFallbackToSystemLocale(false);
        return s;
    }

    /** The message for this key with its arguments in place; a missing key throws (MessagesTest keeps every key present). */
    public static String text(String key, Object... args) {
        String pattern = SOURCE.getMessage(key, null, LOCALE);
        if (args.length == 0) {
            return pattern;
        }
        // {0}, {1}… replaced here rather than by MessageFormat, which Spring runs under a lock per message:
        // the same lock for every render of a page that names one (the article's "most read" title). The
        // same text: arguments are inserted as text, and a message with arguments has no apostrophe to unquote.
        StringBuilder out = new StringBuilder(pattern.length() + 32 * args.length);
        int from = 0;
        for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', from)) {
            int close = pattern.indexOf('}', open);
            int index = close < 0 ? -1 : argument(pattern, open + 1, close);
            if (index < 0 || index >= args.length) {
                out.append(pattern, from, open + 1);
                from = open + 1;
                continue;
            }
            out.append(pattern, from, open).append(args[index]);
            from = close + 1;
        }
        return out.append(pattern, from, pattern.length()).toString();
    }

    /** The argument number written between {@code start} and {@code end}, or -1 when it is not one. */
    private static int argument(String pattern, int start, int end) {
        if (end == start || end - start > 2) {
            return -1;
        }
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = pattern.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The bundle as Spring's MessageSource, for templates and audiences that resolve keys themselves. */
    public static MessageSource source() {
        return SOURCE;
    }
}
