package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageCacheEtagTest {

    @Test
    void theSameBytesHaveTheSameValidatorAndAnyChangedByteAnother() {
        byte[] page = "<!doctype html><html lang=\"ar\" dir=\"rtl\"><h1>عاجل: الأمطار تعود إلى عمّان</h1></html>"
                .getBytes(StandardCharsets.UTF_8);
        String etag = PageCache.etag(page);
        assertThat(etag).matches("\"[0-9a-f]+-[0-9a-f]{16}\"");
        assertThat(PageCache.etag(page.clone())).isEqualTo(etag);
        Set<String> seen = new HashSet<>(Set.of(etag));
        for (int i = 0; i < page.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] changed = page.clone();
                changed[i] ^= (byte) (1 << bit);
                assertThat(seen.add(PageCache.etag(changed)))
                        .as("byte %d bit %d", i, bit)
                        .isTrue();
            }
        }
    }
}
