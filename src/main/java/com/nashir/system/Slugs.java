package com.nashir.system;

import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/** Rules for slugs that people type (sections, authors, desks): letters of any script, digits, hyphens. */
public final class Slugs {
    private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*");

    private Slugs() {}

    public static boolean isValid(String slug) {
        return slug != null
                && slug.length() <= 100
                && SLUG.matcher(slug).matches()
                && slug.equals(slug.toLowerCase(Locale.ROOT));
    }

    public static final String RULE_AR =
            Messages.text("system.slug.invalid", ArabicCount.after(100, CountedNoun.CHARACTER, DigitStyle.WESTERN));
}
