package com.nashir.site;

import java.util.Locale;

/**
 * What the site's feeds carry of each article: the whole text ({@link #FULL}), or the summary
 * only ({@link #SUMMARY}), so readers open the site for the rest.
 */
public enum FeedContent {
    FULL,
    SUMMARY;

    /** The word used in settings and the API: "full" or "summary". */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads "full" or "summary", case-insensitively, ignoring surrounding white space.
     *
     * @throws IllegalArgumentException for null or any other text
     */
    public static FeedContent parse(String word) {
        if (word != null) {
            switch (word.strip().toLowerCase(Locale.ROOT)) {
                case "full":
                    return FULL;
                case "summary":
                    return SUMMARY;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("unknown feed content: " + word + " (expected full or summary)");
    }
}
