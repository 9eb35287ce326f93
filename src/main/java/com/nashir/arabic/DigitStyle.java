package com.nashir.arabic;

import java.util.Locale;

/**
 * Which digits numbers are printed with.
 *
 * <ul>
 *   <li>{@link #WESTERN}: 0123456789 (default).</li>
 *   <li>{@link #EASTERN}: Arabic-Indic ٠١٢٣٤٥٦٧٨٩.</li>
 * </ul>
 */
public enum DigitStyle {
    WESTERN,
    EASTERN;

    /**
     * Reads a style name: "western" or "eastern", case-insensitively, ignoring surrounding white space.
     *
     * @throws IllegalArgumentException for null or any other text
     */
    public static DigitStyle parse(String name) {
        if (name != null) {
            switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "western":
                    return WESTERN;
                case "eastern":
                    return EASTERN;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("unknown digit style: " + name + " (expected western or eastern)");
    }
}
