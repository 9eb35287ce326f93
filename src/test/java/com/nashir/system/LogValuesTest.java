package com.nashir.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogValuesTest {
    @Test
    void lineBreaksCannotForgeALogLine() {
        assertThat(LogValues.safe("ali\n12:00:00.000 INFO forged")).isEqualTo("ali\\n12:00:00.000 INFO forged");
        assertThat(LogValues.safe("a\r\u0000\u0085b")).isEqualTo("a\\r\\u0000\\u0085b");
    }

    @Test
    void aHugeValueIsCut() {
        String cut = LogValues.safe("x".repeat(30_000_000));
        assertThat(cut).hasSizeLessThan(200).endsWith("…(30000000 chars)");
    }

    @Test
    void arabicStaysReadable() {
        assertThat(LogValues.safe("محرر")).isEqualTo("محرر");
        assertThat(LogValues.safe(null)).isEmpty();
    }
}
