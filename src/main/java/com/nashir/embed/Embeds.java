package com.nashir.embed;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one parser of embeds: turns a pasted address into a provider and a post id, and checks a
 * stored (provider, id) pair. Everything else stays a link. Pure functions, no network: short
 * links that only the provider can resolve (youtu.be is the exception: its path is the id;
 * maps.app.goo.gl, fb.watch, vm.tiktok.com are not) are not embeds.
 *
 * <p>Ids per provider, as stored in {@code data-id}:
 * <ul>
 *   <li>YouTube: the 11-character video id ({@code dQw4w9WgXcQ}) from /watch?v=, /shorts/, /live/, /embed/ or youtu.be/.</li>
 *   <li>X: the post number ({@code 1790000000000000000}) from x.com or twitter.com /user/status/N.</li>
 *   <li>Instagram: the short code of /p/, /reel/ or /tv/.</li>
 *   <li>Facebook: "page/posts/ID", "page/videos/ID", "watch/ID" or "reel/ID".</li>
 *   <li>TikTok: "user/ID" from /@user/video/ID.</li>
 *   <li>Vimeo: the video number.</li>
 *   <li>SoundCloud: "user/track" or "user/sets/playlist".</li>
 *   <li>Spotify: "track/ID" (album, playlist, episode, show, artist likewise; 22-character ids).</li>
 *   <li>Google Maps: "lat,lng[,zoom]" from /maps/@…, or the searched place ("دمشق") from ?q=, /maps/place/ or /maps/search/.</li>
 * </ul>
 */
public final class Embeds {
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,20}");
    private static final Pattern INSTAGRAM_ID = Pattern.compile("[A-Za-z0-9_-]{5,40}");
    private static final Pattern FACEBOOK_ID =
            Pattern.compile("[A-Za-z0-9.\\-]{1,80}/(?:posts|videos)/[A-Za-z0-9]{1,40}|(?:watch|reel)/[0-9]{1,20}");
    private static final Pattern TIKTOK_ID = Pattern.compile("[A-Za-z0-9._]{1,40}/[0-9]{1,25}");
    private static final Pattern SOUNDCLOUD_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}/(?:sets/)?[A-Za-z0-9_-]{1,200}");
    private static final Pattern SPOTIFY_ID =
            Pattern.compile("(?:track|album|playlist|episode|show|artist)/[A-Za-z0-9]{22}");
    private static final Pattern COORDINATES =
            Pattern.compile("-?[0-9]{1,2}(?:\\.[0-9]{1,10})?,-?[0-9]{1,3}(?:\\.[0-9]{1,10})?(?:,[0-9]{1,2})?");
    private static final Pattern MAP_AT = Pattern.compile("@(-?[0-9.]+),(-?[0-9.]+)(?:,([0-9]{1,2})(?:\\.[0-9]+)?z)?");
    private static final int MAX_PLACE = 200;

    private static final Map<EmbedProvider, Pattern> IDS = Map.of(
            EmbedProvider.YOUTUBE,
            YOUTUBE_ID,
            EmbedProvider.X,
            NUMBER,
            EmbedProvider.INSTAGRAM,
            INSTAGRAM_ID,
            EmbedProvider.FACEBOOK,
            FACEBOOK_ID,
            EmbedProvider.TIKTOK,
            TIKTOK_ID,
            EmbedProvider.VIMEO,
            NUMBER,
            EmbedProvider.SOUNDCLOUD,
            SOUNDCLOUD_ID,
            EmbedProvider.SPOTIFY,
            SPOTIFY_ID);
    private static final Set<String> SOUNDCLOUD_RESERVED =
            Set.of("discover", "stream", "search", "you", "upload", "charts", "pages");

    private Embeds() {}

    /** A stored pair, when the id has its provider's form. */
    public static Optional<Embed> of(String provider, String id) {
        return EmbedProvider.fromWire(provider)
                .flatMap(p -> valid(p, id) ? Optional.of(new Embed(p, id)) : Optional.empty());
    }

    /** The embed an address points at, or empty: an unknown site, a profile page, a short link, not an address. */
    public static Optional<Embed> parse(String address) {
        if (address == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.") || host.startsWith("m.") || host.startsWith("mobile.")) {
            host = host.substring(host.indexOf('.') + 1);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String[] seg = path.replaceAll("^/+|/+$", "").split("/+");
        Map<String, String> query = query(uri.getRawQuery());
        return Optional.ofNullable(
                switch (host) {
                    case "youtube.com", "youtube-nocookie.com" -> youtube(seg, query);
                    case "youtu.be" -> make(EmbedProvider.YOUTUBE, seg[0]);
                    case "x.com", "twitter.com" ->
                        seg.length >= 3 && seg[1].equals("status") ? make(EmbedProvider.X, seg[2]) : null;
                    case "instagram.com" ->
                        seg.length >= 2 && Set.of("p", "reel", "tv").contains(seg[0])
                                ? make(EmbedProvider.INSTAGRAM, seg[1])
                                : null;
                    case "facebook.com" -> facebook(seg, query);
                    case "tiktok.com" ->
                        seg.length >= 3 && seg[0].startsWith("@") && seg[1].equals("video")
                                ? make(EmbedProvider.TIKTOK, seg[0].substring(1) + "/" + seg[2])
                                : null;
                    case "vimeo.com" -> seg.length == 1 ? make(EmbedProvider.VIMEO, seg[0]) : null;
                    case "player.vimeo.com" ->
                        seg.length == 2 && seg[0].equals("video") ? make(EmbedProvider.VIMEO, seg[1]) : null;
                    case "soundcloud.com" -> soundcloud(seg);
                    case "open.spotify.com" -> spotify(seg);
                    case "google.com", "maps.google.com" -> maps(host, uri.getPath(), query);
                    default -> null;
                });
    }

    /** True for a map id that is a position ("33.51,36.29" or "33.51,36.29,12") rather than a place name. */
    static boolean isCoordinates(String id) {
        return COORDINATES.matcher(id).matches();
    }

    private static boolean valid(EmbedProvider p, String id) {
        if (id == null || id.isBlank()) {
            return false;
        }
        if (p == EmbedProvider.GOOGLE_MAPS) {
            return isCoordinates(id)
                    || id.length() <= MAX_PLACE
                            && id.equals(id.strip())
                            && id.codePoints().noneMatch(Character::isISOControl);
        }
        if (p == EmbedProvider.SOUNDCLOUD
                && SOUNDCLOUD_RESERVED.contains(id.substring(0, id.indexOf('/') < 0 ? id.length() : id.indexOf('/')))) {
            return false;
        }
        return IDS.get(p).matcher(id).matches();
    }

    private static Embed make(EmbedProvider p, String id) {
        return valid(p, id) ? new Embed(p, id) : null;
    }

    private static Embed youtube(String[] seg, Map<String, String> query) {
        if (seg[0].equals("watch")) {
            return make(EmbedProvider.YOUTUBE, query.get("v"));
        }
        return seg.length >= 2 && Set.of("shorts", "live", "embed", "v").contains(seg[0])
                ? make(EmbedProvider.YOUTUBE, seg[1])
                : null;
    }

    private static Embed facebook(String[] seg, Map<String, String> query) {
        if (seg[0].equals("watch")) {
            return make(EmbedProvider.FACEBOOK, "watch/" + query.get("v"));
        }
        if (seg.length >= 2 && seg[0].equals("reel")) {
            return make(EmbedProvider.FACEBOOK, "reel/" + seg[1]);
        }
        return seg.length >= 3 ? make(EmbedProvider.FACEBOOK, seg[0] + "/" + seg[1] + "/" + seg[2]) : null;
    }

    private static Embed soundcloud(String[] seg) {
        if (seg.length == 2) {
            return make(EmbedProvider.SOUNDCLOUD, seg[0] + "/" + seg[1]);
        }
        return seg.length == 3 && seg[1].equals("sets")
                ? make(EmbedProvider.SOUNDCLOUD, seg[0] + "/sets/" + seg[2])
                : null;
    }

    private static Embed spotify(String[] seg) {
        int from = seg.length > 0 && seg[0].startsWith("intl-") ? 1 : 0;
        return seg.length - from == 2 ? make(EmbedProvider.SPOTIFY, seg[from] + "/" + seg[from + 1]) : null;
    }

    private static Embed maps(String host, String decodedPath, Map<String, String> query) {
        String path = decodedPath == null ? "" : decodedPath;
        if (!path.startsWith("/maps") && !host.equals("maps.google.com")) {
            return null;
        }
        Matcher at = MAP_AT.matcher(path);
        if (at.find()) {
            String id = at.group(1) + "," + at.group(2) + (at.group(3) == null ? "" : "," + at.group(3));
            return make(EmbedProvider.GOOGLE_MAPS, id);
        }
        String place = query.getOrDefault("q", query.get("query"));
        for (String prefix : new String[] {"/maps/place/", "/maps/search/"}) {
            if (place == null && path.startsWith(prefix)) {
                place = path.substring(prefix.length()).split("/")[0].replace('+', ' ');
            }
        }
        return place == null ? null : make(EmbedProvider.GOOGLE_MAPS, place.strip());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new java.util.HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    out.putIfAbsent(
                            pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    // A broken %-escape: that parameter is not read, the rest still are.
                }
            }
        }
        return out;
    }
}
