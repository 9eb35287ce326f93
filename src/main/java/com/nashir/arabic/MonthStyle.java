package com.nashir.arabic;

import java.util.Locale;

/**
 * How Gregorian month names are written, by the countries that write them so. Names come from the
 * JDK's CLDR data; only {@link #DUAL} is composed here because CLDR has no such style.
 *
 * <ul>
 *   <li>{@link #GULF} (default; Egypt, the Gulf, Sudan, Yemen, Libya — CLDR {@code ar-EG}): يناير فبراير
 *       مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر</li>
 *   <li>{@link #LEVANTINE} (Syria, Lebanon, Jordan, Palestine, Iraq — CLDR {@code ar-SY}): كانون الثاني
 *       شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأول تشرين الثاني كانون الأول</li>
 *   <li>{@link #MAGHREBI} (Algeria and Tunisia — CLDR {@code ar-DZ}; the wire name "maghrebi" is kept for
 *       stored settings): جانفي فيفري مارس أفريل ماي جوان جويلية أوت سبتمبر أكتوبر نوفمبر ديسمبر</li>
 *   <li>{@link #MOROCCAN} (Morocco — CLDR {@code ar-MA}): يناير فبراير مارس أبريل ماي يونيو يوليوز غشت
 *       شتنبر أكتوبر نونبر دجنبر</li>
 *   <li>{@link #DUAL}: Levantine then Gulf joined by "/", as Syrian and Lebanese papers write
 *       "11 حزيران/يونيو".</li>
 * </ul>
 */
public enum MonthStyle {
    GULF("gulf", "يونيو — مصر والخليج والسودان واليمن وليبيا"),
    LEVANTINE("levantine", "حزيران — سوريا ولبنان والأردن وفلسطين والعراق"),
    MAGHREBI("maghrebi", "جوان — الجزائر وتونس"),
    MOROCCAN("moroccan", "يونيو، يوليوز، غشت — المغرب"),
    DUAL("dual", "حزيران/يونيو — الاسمان معاً");

    private final String wire;
    private final String label;

    MonthStyle(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    /** The name settings store and the API use: "gulf", "levantine", "maghrebi", "moroccan", "dual". */
    public String wire() {
        return wire;
    }

    /** How the settings page offers the style: an example month and the countries that write it. */
    public String label() {
        return label;
    }

    /**
     * Reads a style name: "gulf", "levantine", "maghrebi", "moroccan" or "dual", case-insensitively,
     * ignoring surrounding white space.
     *
     * @throws IllegalArgumentException for null or any other text
     */
    public static MonthStyle parse(String name) {
        if (name != null) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            for (MonthStyle style : values()) {
                if (style.wire.equals(wanted)) {
                    return style;
                }
            }
        }
        throw new IllegalArgumentException(
                "unknown month style: " + name + " (expected gulf, levantine, maghrebi, moroccan or dual)");
    }
}
