package com.nashir.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name's Latin and Arabic spellings share one skeleton. */
class ScriptSkeletonTest {

    @Test
    void samsung() {
        assertThat(ScriptSkeleton.of("Samsung"))
                .isEqualTo(ScriptSkeleton.of("سامسونج"))
                .isEqualTo("SMSNG");
    }

    @Test
    void gAsGhainOrJeem() {
        assertThat(ScriptSkeleton.of("Google"))
                .isEqualTo(ScriptSkeleton.of("غوغل"))
                .isEqualTo(ScriptSkeleton.of("جوجل"));
    }

    @Test
    void phAndVAsFeh() {
        assertThat(ScriptSkeleton.of("Netflix")).isEqualTo(ScriptSkeleton.of("نتفليكس"));
        assertThat(ScriptSkeleton.of("Microsoft")).isEqualTo(ScriptSkeleton.of("مايكروسوفت"));
    }

    @Test
    void vowelsAndTheirLettersDrop() {
        assertThat(ScriptSkeleton.of("Android"))
                .isEqualTo(ScriptSkeleton.of("أندرويد"))
                .isEqualTo("NDRD");
    }

    @Test
    void aDoubledLetterIsOne() {
        assertThat(ScriptSkeleton.of("Tesla")).isEqualTo(ScriptSkeleton.of("Teslla"));
    }

    @Test
    void arabicLettersSideBySideStayTwo() {
        assertThat(ScriptSkeleton.of("تسلل")).isNotEqualTo(ScriptSkeleton.of("Tesla"));
    }

    @Test
    void latinIsLettersAndDigits() {
        assertThat(ScriptSkeleton.isLatin("gpu4")).isTrue();
        assertThat(ScriptSkeleton.isLatin("سامسونج")).isFalse();
    }
}
