package com.nashir.media;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names of stored files. An upload gets a base key "2026/11/k3f…" (month folders keep directories
 * small; the random part makes addresses unguessable and never reused, which is what lets files be
 * cached as immutable), and each size is "{base}-{width}.{jpg|png}".
 */
public final class MediaKeys {
    private static final Pattern FILE_KEY = Pattern.compile("\\d{4}/\\d{2}/[a-z0-9]{20}-\\d{1,5}\\.(jpg|png)");
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private MediaKeys() {}

    static String newBase(Instant now) {
        ZonedDateTime t = now.atZone(ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder(String.format("%04d/%02d/", t.getYear(), t.getMonthValue()));
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    static String file(String base, int width, String extension) {
        return base + "-" + width + "." + extension;
    }

    /** The key of one stored size of a media row (its storage key, the size's width, the row's content type). */
    public static String storedFile(String storageKey, int width, String contentType) {
        return file(storageKey, width, MediaRepository.extension(contentType));
    }

    /** True only for names this class makes: anything else (.., %2e, other folders) is not a media file. */
    public static boolean isFileKey(String key) {
        return key != null && FILE_KEY.matcher(key).matches();
    }

    /** The content type a stored file is served with, from its extension. */
    public static Optional<String> contentType(String key) {
        if (key.endsWith(".jpg")) {
            return Optional.of("image/jpeg");
        }
        if (key.endsWith(".png")) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }
}
