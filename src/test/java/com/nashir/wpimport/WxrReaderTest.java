package com.nashir.wpimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WxrReaderTest {
    static final Path FIXTURE = Path.of("src/test/resources/wordpress/export.xml");

    @TempDir
    Path dir;

    @Test
    void readsTheFixtureItemByItem() {
        Scan scan = new Scan();
        WxrReader.read(FIXTURE, scan, bytes -> {});
        assertThat(scan.authors).hasSize(2);
        assertThat(scan.categories)
                .extracting(e -> WpText.decode(e.get("wp:category_nicename")))
                .containsExactly("سياسة-محلية", "economy");
        assertThat(scan.items).isEqualTo(10);
        assertThat(scan.attachments).containsKeys("301", "302");
        assertThat(scan.attachmentFor("http://old.example.com/wp-content/uploads/2024/06/solar-roof-640x480.jpg"))
                .isEqualTo("301");
    }

    @Test
    void keepsCdataBodiesWhole() {
        List<Wxr.Item> items = new ArrayList<>();
        WxrReader.read(FIXTURE, handler(items), bytes -> {});
        Wxr.Item post = items.get(0);
        assertThat(post.id()).isEqualTo("201");
        assertThat(post.raw("content:encoded")).contains("[caption").contains("\n\nوقال رئيس");
        assertThat(post.meta("_thumbnail_id")).isEqualTo("301");
        assertThat(post.comments()).hasSize(6);
        assertThat(post.terms()).extracting(Wxr.ItemTerm::domain).containsExactly("category", "post_tag", "post_tag");
    }

    @Test
    void refusesADoctypeSoNoExternalEntityIsRead() throws IOException {
        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(xxe, """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss><channel><item><title>&xxe;</title></item></channel></rss>
                """);
        assertThatThrownBy(() -> WxrReader.read(xxe, handler(new ArrayList<>()), b -> {}))
                .isInstanceOf(WxrException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void aTruncatedFileNamesTheLine() throws IOException {
        String whole = Files.readString(FIXTURE);
        Path cut = dir.resolve("cut.xml");
        Files.writeString(cut, whole.substring(0, whole.indexOf("<wp:post_id>204")));
        assertThatThrownBy(() -> WxrReader.read(cut, handler(new ArrayList<>()), b -> {}))
                .isInstanceOf(WxrException.class)
                .hasMessageContaining("السطر")
                .satisfies(e -> assertThat(((WxrException) e).line()).isGreaterThan(200));
    }

    @Test
    void somethingElseThanAnExportIsRefused() throws IOException {
        Path html = dir.resolve("page.xml");
        Files.writeString(html, "<html><body>x</body></html>");
        assertThatThrownBy(() -> WxrReader.read(html, handler(new ArrayList<>()), b -> {}))
                .isInstanceOf(WxrException.class)
                .hasMessageContaining("<rss>");
    }

    static WxrReader.Handler handler(List<Wxr.Item> items) {
        return new WxrReader.Handler() {
            @Override
            public void author(Wxr.Entry author) {}

            @Override
            public void category(Wxr.Entry category) {}

            @Override
            public void tag(Wxr.Entry tag) {}

            @Override
            public void item(Wxr.Item item) {
                items.add(item);
            }
        };
    }
}
