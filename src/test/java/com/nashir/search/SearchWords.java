package com.nashir.search;

import java.util.concurrent.ThreadLocalRandom;

/** Made-up Arabic words no other test uses, so tests sharing one index never see each other's articles. */
final class SearchWords {
    private static final String LETTERS = "ثجحخدذرزسشصضطظعغقكنهو";

    private SearchWords() {}

    static String unique() {
        StringBuilder w = new StringBuilder("ظ");
        for (int i = 0; i < 7; i++) {
            w.append(LETTERS.charAt(ThreadLocalRandom.current().nextInt(LETTERS.length())));
        }
        return w.toString();
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
