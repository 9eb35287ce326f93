package com.nashir.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeaturedImageTest {

    @Test
    void archivePhotoCaptionEndsWithArchiveMark() {
        var image = new FeaturedImage("/x.jpg", "قوات وطائرات روسية في قاعدة حميميم", "", "alt", true);
        assertThat(image.displayCaption()).isEqualTo("قوات وطائرات روسية في قاعدة حميميم ـ أرشيف");
    }

    @Test
    void ordinaryCaptionIsUnchanged() {
        assertThat(new FeaturedImage("/x.jpg", "تعليق", "", "alt", false).displayCaption())
                .isEqualTo("تعليق");
    }

    @Test
    void archiveWithoutCaptionStillSaysArchive() {
        assertThat(new FeaturedImage("/x.jpg", "", "", "alt", true).displayCaption())
                .isEqualTo("ـ أرشيف");
    }
}
