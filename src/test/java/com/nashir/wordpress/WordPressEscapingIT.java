package com.nashir.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, finding 13: the WordPress API sends {@code name} and {@code description} escaped, as
 * WordPress does (clients insert them as HTML); it sent raw {@code <}, {@code "} and {@code &}.
 */
@IntegrationTest
class WordPressEscapingIT {
    @LocalServerPort
    int port;

    @Test
    void termNamesAndDescriptionsAreEscapedAsWordPressDoes() {
        Http http = new Http(port);
        String slug = "esc-" + UUID.randomUUID().toString().substring(0, 8);
        var created = http.api(
                "POST",
                "/api/v1/sections",
                Http.json(Map.of(
                        "slug",
                        slug,
                        "name",
                        "قسم <b>\"أ\" & 'ب'</b>",
                        "description",
                        "وصف <script>x</script> & \"ج\"")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var r = http.get("/wp-json/wp/v2/categories?slug=" + slug);
        assertThat(r.status()).isEqualTo(200);
        var term = r.json().get(0);
        assertThat(term.get("name").asString()).isEqualTo("قسم &lt;b&gt;&quot;أ&quot; &amp; &#039;ب&#039;&lt;/b&gt;");
        assertThat(term.get("description").asString())
                .doesNotContain("<")
                .doesNotContain("\"")
                .contains("&amp;");
    }
}
