package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StructuredDataTest {
    private static final String HOSTILE = "عنوان </script><script>alert(1)</script> <!-- & \u2028 ينتهي";

    @Test
    void scriptJsonHasNoAngleBracketsOrAmpersands_andReadsBackTheSame() {
        String script = StructuredData.toScript(Map.of("headline", HOSTILE));
        assertThat(script)
                .doesNotContain("<")
                .doesNotContain(">")
                .doesNotContain("&")
                .doesNotContain("\u2028")
                .contains("\\u003c/script\\u003e");
        assertThat(JsonMapper.builder().build().readTree(script).get("headline").asString())
                .isEqualTo(HOSTILE);
    }

    @Test
    void aHeadlineCannotCloseTheScriptElement() {
        String html = "<html><head><script type=\"application/ld+json\">"
                + StructuredData.toScript(Map.of("headline", HOSTILE)) + "</script></head><body></body></html>";
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).hasSize(1);
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(doc.selectFirst("script").data())
                        .get("headline")
                        .asString())
                .isEqualTo(HOSTILE);
    }
}
