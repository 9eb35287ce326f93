package com.nashir.user;

import java.security.SecureRandom;

/**
 * One-time passwords an admin hands to a person (a new account, a reset): 20 characters from an
 * alphabet of 57 without look-alikes (no 0/O, 1/l/I), over 110 bits, in groups of five so they can be
 * read out or typed without losing one's place. The person should change it after signing in.
 */
public final class StrongPasswords {
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GROUPS = 4;
    private static final int GROUP = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private StrongPasswords() {}

    /** A fresh password such as "pQ7xk-Hn3vT-9wYbc-Ra4mE". */
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
}
