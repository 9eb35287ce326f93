package com.nashir.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmbedsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s        | youtube     | dQw4w9WgXcQ
            https://youtu.be/dQw4w9WgXcQ?si=abc                        | youtube     | dQw4w9WgXcQ
            https://m.youtube.com/shorts/dQw4w9WgXcQ                    | youtube     | dQw4w9WgXcQ
            https://x.com/AJArabic/status/1790000000000000001           | x           | 1790000000000000001
            https://twitter.com/AJArabic/status/1790000000000000001?s=20 | x          | 1790000000000000001
            https://www.instagram.com/p/C7abcDEF123/                    | instagram   | C7abcDEF123
            https://www.instagram.com/reel/C7abcDEF123/?igsh=x          | instagram   | C7abcDEF123
            https://www.facebook.com/aljazeera/posts/pfbid0abc123       | facebook    | aljazeera/posts/pfbid0abc123
            https://www.facebook.com/watch/?v=1234567890                | facebook    | watch/1234567890
            https://www.tiktok.com/@bbcnewsarabic/video/7350000000000000000 | tiktok  | bbcnewsarabic/7350000000000000000
            https://vimeo.com/76979871                                  | vimeo       | 76979871
            https://player.vimeo.com/video/76979871                     | vimeo       | 76979871
            https://soundcloud.com/fairuz/kifak-enta                    | soundcloud  | fairuz/kifak-enta
            https://open.spotify.com/intl-ar/track/4uLU6hMCjMI75M1A2tKUQC | spotify   | track/4uLU6hMCjMI75M1A2tKUQC
            https://www.google.com/maps/@33.5138,36.2765,14z            | google-maps | 33.5138,36.2765,14
            https://www.google.com/maps/place/Damascus/@33.5,36.3,12z/data=x | google-maps | 33.5,36.3,12
            https://www.google.com/maps?q=Umayyad+Mosque                | google-maps | Umayyad Mosque
            """)
    void parsesEachProvidersAddresses(String address, String provider, String id) {
        Embed e = Embeds.parse(address).orElseThrow();
        assertThat(e.provider().wire()).isEqualTo(provider);
        assertThat(e.id()).isEqualTo(id);
        assertThat(Embeds.parse(e.url())).contains(e);
        assertThat(Embeds.of(provider, id)).contains(e);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.org/watch?v=dQw4w9WgXcQ",
                "https://www.youtube.com/@AlJazeera",
                "https://x.com/AJArabic",
                "https://www.youtube.com/watch?v=short",
                "javascript:alert(1)",
                "not a link",
                "https://maps.app.goo.gl/abc",
                "https://soundcloud.com/discover",
                "https://www.google.com/search?q=maps",
                "ftp://youtube.com/watch?v=dQw4w9WgXcQ",
                "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
                "https://www.youtube.com/watch?v=%zz"
            })
    void leavesOtherAddressesAsLinks(String address) {
        assertThat(Embeds.parse(address)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            youtube   | dQw4w9WgXcQ"><script>
            youtube   | ../../evil
            x         | 12ab
            vimeo     | 1/../2
            iframe    | dQw4w9WgXcQ
            spotify   | track/short
            """)
    void refusesForgedPairs(String provider, String id) {
        assertThat(Embeds.of(provider, id)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            youtube     | dQw4w9WgXcQ                   | https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1
            x           | 1790000000000000001           | https://platform.twitter.com/embed/Tweet.html?id=1790000000000000001&lang=ar&dnt=true
            vimeo       | 76979871                      | https://player.vimeo.com/video/76979871?dnt=1&autoplay=1
            spotify     | track/4uLU6hMCjMI75M1A2tKUQC  | https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC
            soundcloud  | fairuz/kifak-enta             | https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Ffairuz%2Fkifak-enta&auto_play=true
            google-maps | 33.5,36.3,12                  | https://www.google.com/maps?q=33.5%2C36.3&z=12&output=embed
            """)
    void playersComeFromTheProvidersPlayerHost(String provider, String id, String player) {
        Embed e = Embeds.of(provider, id).orElseThrow();
        assertThat(e.player())
                .isEqualTo(player)
                .startsWith("https://" + e.provider().playerHost() + "/");
    }

    @org.junit.jupiter.api.Test
    void titlesNameTheProviderInArabic() {
        assertThat(Embeds.parse("https://youtu.be/dQw4w9WgXcQ").orElseThrow().title())
                .isEqualTo("فيديو على يوتيوب");
    }
}
