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
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return SOURCE.getMessage(key, strings, LOCALE);
    }

    /** The bundle as Spring's MessageSource, for templates and audiences that resolve keys themselves. */
    public static MessageSource source() {
        return SOURCE;
    }
}
