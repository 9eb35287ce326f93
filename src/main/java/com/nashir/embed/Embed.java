package com.nashir.embed;

import com.nashir.system.Messages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One embedded post: a provider and the post's id in the form {@link Embeds} validated. Both
 * addresses are built here from the id alone, never copied from what an editor pasted, so a
 * stored embed can only ever point at the provider's own link and player.
 */
public record Embed(EmbedProvider provider, String id) {

    /** The post on the provider's site, as a plain link (feeds, APIs, pages without JavaScript). */
    public String url() {
        return switch (provider) {
            case YOUTUBE -> "https://www.youtube.com/watch?v=" + id;
            case X -> "https://x.com/i/status/" + id;
            case INSTAGRAM -> "https://www.instagram.com/p/" + id + "/";
            case FACEBOOK ->
                id.startsWith("watch/")
                        ? "https://www.facebook.com/watch/?v=" + id.substring(6)
                        : "https://www.facebook.com/" + id;
            case TIKTOK -> "https://www.tiktok.com/@" + id.replace("/", "/video/");
            case VIMEO -> "https://vimeo.com/" + id;
            case SOUNDCLOUD -> "https://soundcloud.com/" + id;
            case SPOTIFY -> "https://open.spotify.com/" + id;
            case GOOGLE_MAPS ->
                Embeds.isCoordinates(id)
                        ? "https://www.google.com/maps/@" + coordinates() + "," + zoom() + "z"
                        : "https://www.google.com/maps/search/?api=1&query=" + enc(id);
        };
    }

    /** The player's address, loaded in a frame only when the reader asks for it. */
    public String player() {
        String host = "https://" + provider.playerHost();
        return switch (provider) {
            case YOUTUBE -> host + "/embed/" + id + "?autoplay=1";
            case X -> host + "/embed/Tweet.html?id=" + id + "&lang=ar&dnt=true";
            case INSTAGRAM -> host + "/p/" + id + "/embed/";
            case FACEBOOK ->
                host + (id.contains("/posts/") ? "/plugins/post.php?href=" : "/plugins/video.php?href=") + enc(url());
            case TIKTOK -> host + "/embed/v2/" + id.substring(id.indexOf('/') + 1);
            case VIMEO -> host + "/video/" + id + "?dnt=1&autoplay=1";
            case SOUNDCLOUD -> host + "/player/?url=" + enc(url()) + "&auto_play=true";
            case SPOTIFY -> host + "/embed/" + id;
            case GOOGLE_MAPS ->
                host + "/maps?q=" + enc(Embeds.isCoordinates(id) ? coordinates() : id)
                        + (Embeds.isCoordinates(id) ? "&z=" + zoom() : "") + "&output=embed";
        };
    }

    /** "فيديو على يوتيوب": the placeholder's title. */
    public String title() {
        return Messages.text("embed.title", provider.kind(), provider.arabicName());
    }

    private String coordinates() {
        String[] parts = id.split(",");
        return parts[0] + "," + parts[1];
    }

    private String zoom() {
        String[] parts = id.split(",");
        return parts.length > 2 ? parts[2] : "15";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
