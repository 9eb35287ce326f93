package com.nashir.setup;

import com.nashir.arabic.ArabicDigits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The setup code that guards a new site's setup page: 16 characters from 32 letters and digits
 * without look-alikes (no 0/O, 1/I), 80 bits, written in groups of four ("K7QM-2XRD-9WPA-HT4C").
 * Whoever can read the server's start-up log has it; a stranger who finds the fresh server first
 * cannot guess it. Typed codes are compared leniently: case, spaces, dashes and Arabic-Indic digits
 * (what an Arabic keyboard types) do not matter.
 */
public final class SetupCodes {
    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GROUPS = 4;
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SetupCodes() {}

    /** A fresh code such as "K7QM-2XRD-9WPA-HT4C". */
    public static String generate() {
        StringBuilder sb = new StringBuilder(GROUPS * (GROUP + 1));
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                sb.append('-');
            }
            for (int i = 0; i < GROUP; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return sb.toString();
    }

    /** The code as typed, reduced to its letters and digits: "k7qm 2xrd-٩wpa-ht٤c" → "K7QM2XRD9WPAHT4C". */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String western = ArabicDigits.toWestern(typed.strip()).toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(western.length());
        for (int i = 0; i < western.length(); i++) {
            char c = western.charAt(i);
            if (c != '-' && !Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether {@code typed} is the {@code stored} code, in time that does not depend on where they differ. */
    public static boolean matches(String stored, String typed) {
        if (stored == null || stored.isEmpty()) {
            return false;
        }
        byte[] a = normalize(stored).getBytes(StandardCharsets.UTF_8);
        byte[] b = normalize(typed).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(a, b);
    }
}
