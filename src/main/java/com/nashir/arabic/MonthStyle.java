package com.nashir.arabic;

import java.util.Locale;

/**
 * How Gregorian month names are written. Names come from the JDK's CLDR data; only {@link #DUAL}
 * is composed here because CLDR has no such style.
 *
 * <ul>
 *   <li>{@link #GULF} (default; Egyptian/Gulf, CLDR {@code ar-EG}): يناير فبراير مارس أبريل مايو يونيو
 *       يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر</li>
 *   <li>{@link #LEVANTINE} (CLDR {@code ar-SY}): كانون الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول
 *       تشرين الأول تشرين الثاني كانون الأول</li>
 *   <li>{@link #MAGHREBI} (CLDR {@code ar-DZ}): جانفي فيفري مارس أفريل ماي جوان جويلية أوت سبتمبر
 *       أكتوبر نوفمبر ديسمبر</li>
 *   <li>{@link #DUAL}: Levantine then Gulf joined by "/", as Syrian and Lebanese papers write
 *       "11 حزيران/يونيو".</li>
 * </ul>
 */
public enum MonthStyle {
    GULF,
    LEVANTINE,
    MAGHREBI,
    DUAL;

    /**
     * Reads a style name: "gulf", "levantine", "maghrebi" or "dual", case-insensitively, ignoring
     * surrounding white space.
     *
     * @throws IllegalArgumentException for null or any other text
     */
    public static MonthStyle parse(String name) {
        if (name != null) {
            switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "gulf":
                    return GULF;
                case "levantine":
                    return LEVANTINE;
                case "maghrebi":
                    return MAGHREBI;
                case "dual":
                    return DUAL;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException(
                "unknown month style: " + name + " (expected gulf, levantine, maghrebi or dual)");
    }
}
