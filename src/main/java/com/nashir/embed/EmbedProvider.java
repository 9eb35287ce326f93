package com.nashir.embed;

import java.util.Locale;
import java.util.Optional;

/**
 * The services whose posts an article can embed, each with the one host its player is loaded from
 * (the public pages' {@code frame-src} lists exactly these) and how readers name it in Arabic.
 */
public enum EmbedProvider {
    YOUTUBE("youtube", "يوتيوب", "فيديو", "www.youtube-nocookie.com"),
    X("x", "إكس (تويتر)", "منشور", "platform.twitter.com"),
    INSTAGRAM("instagram", "إنستغرام", "منشور", "www.instagram.com"),
    FACEBOOK("facebook", "فيسبوك", "منشور", "www.facebook.com"),
    TIKTOK("tiktok", "تيك توك", "فيديو", "www.tiktok.com"),
    VIMEO("vimeo", "فيميو", "فيديو", "player.vimeo.com"),
    SOUNDCLOUD("soundcloud", "ساوند كلاود", "مقطع صوتي", "w.soundcloud.com"),
    SPOTIFY("spotify", "سبوتيفاي", "مقطع صوتي", "open.spotify.com"),
    GOOGLE_MAPS("google-maps", "خرائط غوغل", "خريطة", "www.google.com");

    private final String wire;
    private final String arabicName;
    private final String kind;
    private final String playerHost;

    EmbedProvider(String wire, String arabicName, String kind, String playerHost) {
        this.wire = wire;
        this.arabicName = arabicName;
        this.kind = kind;
        this.playerHost = playerHost;
    }

    /** The name stored in {@code data-embed}: "youtube", "google-maps". */
    public String wire() {
        return wire;
    }

    /** "يوتيوب". */
    public String arabicName() {
        return arabicName;
    }

    /** What a post of this service is called: "فيديو", "منشور", "خريطة". */
    public String kind() {
        return kind;
    }

    /** The host the player is framed from: "www.youtube-nocookie.com". */
    public String playerHost() {
        return playerHost;
    }

    public static Optional<EmbedProvider> fromWire(String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        String w = wire.strip().toLowerCase(Locale.ROOT);
        for (EmbedProvider p : values()) {
            if (p.wire.equals(w)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
