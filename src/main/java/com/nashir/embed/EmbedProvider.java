package com.nashir.embed;

import com.nashir.system.Messages;
import java.util.Locale;
import java.util.Optional;

/**
 * The services whose posts an article can embed, each with the one host its player is loaded from
 * (the public pages' {@code frame-src} lists exactly these) and how readers name it in Arabic (from the
 * messages bundle).
 */
public enum EmbedProvider {
    YOUTUBE("youtube", "embed.provider.youtube", "embed.kind.video", "www.youtube-nocookie.com"),
    X("x", "embed.provider.x", "embed.kind.post", "platform.twitter.com"),
    INSTAGRAM("instagram", "embed.provider.instagram", "embed.kind.post", "www.instagram.com"),
    FACEBOOK("facebook", "embed.provider.facebook", "embed.kind.post", "www.facebook.com"),
    TIKTOK("tiktok", "embed.provider.tiktok", "embed.kind.video", "www.tiktok.com"),
    VIMEO("vimeo", "embed.provider.vimeo", "embed.kind.video", "player.vimeo.com"),
    SOUNDCLOUD("soundcloud", "embed.provider.soundcloud", "embed.kind.audio", "w.soundcloud.com"),
    SPOTIFY("spotify", "embed.provider.spotify", "embed.kind.audio", "open.spotify.com"),
    GOOGLE_MAPS("google-maps", "embed.provider.google-maps", "embed.kind.map", "www.google.com");

    private final String wire;
    private final String nameKey;
    private final String kindKey;
    private final String playerHost;

    EmbedProvider(String wire, String nameKey, String kindKey, String playerHost) {
        this.wire = wire;
        this.nameKey = nameKey;
        this.kindKey = kindKey;
        this.playerHost = playerHost;
    }

    /** The name stored in {@code data-embed}: "youtube", "google-maps". */
    public String wire() {
        return wire;
    }

    /** "يوتيوب". */
    public String arabicName() {
        return Messages.text(nameKey);
    }

    /** What a post of this service is called: "فيديو", "منشور", "خريطة". */
    public String kind() {
        return Messages.text(kindKey);
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
