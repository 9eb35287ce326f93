package com.nashir.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentKeysParseTest {

    @Test
    void readsTheArticleAndSectionAKeyNames() {
        assertThat(ContentKeys.articleOf(ContentKeys.article(42))).isEqualTo(42);
        assertThat(ContentKeys.sectionOf(ContentKeys.section(3))).isEqualTo(3);
        for (String other :
                new String[] {"a", "", "ls3", "latest", "a4x", "s", "settings", "a99999999999999999999", "m2024-06"}) {
            assertThat(ContentKeys.articleOf(other)).as(other).isEqualTo(-1);
            assertThat(ContentKeys.sectionOf(other)).as(other).isEqualTo(-1);
        }
    }
}
