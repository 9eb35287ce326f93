package com.nashir.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriUtils;

/** Permalinks encode path segments themselves (a card builds several): byte for byte as Spring's encoder. */
class PermalinkSegmentTest {

    @Test
    void encodesAsSpringDoes() {
        String[] parts = {
            "أزمة",
            "-",
            "المياه",
            "في",
            "عمّان",
            "2024",
            "COP28",
            "a b",
            "%",
            "/",
            "?",
            "#",
            "~",
            "!$&'()*+,;=:@",
            "é",
            "😀",
            "\uD800",
            "ـ",
            "\u200F",
            "ß",
            "\"",
            "<",
            "[",
            "]",
            "^",
            "`",
            "{",
            "|",
            "}",
            "\\"
        };
        Random random = new Random(11);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                s.append(parts[random.nextInt(parts.length)]);
            }
            assertThat(Permalinks.segment(s.toString()))
                    .as(s.toString())
                    .isEqualTo(UriUtils.encodePathSegment(s.toString(), StandardCharsets.UTF_8));
        }
        for (char c = 0; c < 0x900; c++) { // ASCII, Latin, Arabic (two bytes), and past U+0800 (three)
            String s = String.valueOf(c);
            assertThat(Permalinks.segment(s))
                    .as("U+%04X", (int) c)
                    .isEqualTo(UriUtils.encodePathSegment(s, StandardCharsets.UTF_8));
        }
    }
}
