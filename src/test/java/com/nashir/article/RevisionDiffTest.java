package com.nashir.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12, finding 15: the revision diff never puts a tag inside an HTML entity. */
class RevisionDiffTest {
    private static void noSplitEntity(String html) {
        // Every & starts a whole entity, with no tag inside it.
        assertThat(html)
                .doesNotContainPattern("&[a-zA-Z#0-9]*<")
                .doesNotContainPattern("&(?!(amp|lt|gt|quot|#[0-9]+);)");
    }

    @Test
    void entitiesStayWholeAroundAChange() {
        for (String[] pair : new String[][] {
            {"خبر & تحليل", "خبر &تحليل"},
            {"أ <ب> ج", "أ <بب> ج"},
            {"\"قال\" & مضى", "'قال' & مضى"},
            {"a&b", "a&c"},
            {"x &amp; y", "x & y"}
        }) {
            ArticleRevisions.Row row =
                    ArticleRevisions.rows(List.of(pair[0]), List.of(pair[1])).get(0);
            noSplitEntity(row.before());
            noSplitEntity(row.after());
            assertThat(row.before().replaceAll("</?(del|ins)>", ""))
                    .doesNotContain("<")
                    .doesNotContain(">");
        }
    }

    @Test
    void wordsAreStillComparedOneByOne() {
        ArticleRevisions.Row row = ArticleRevisions.rows(List.of("وصل الوفد اليوم"), List.of("وصل الوزير اليوم"))
                .get(0);
        assertThat(row.before()).isEqualTo("وصل <del>الوفد</del> اليوم");
        assertThat(row.after()).isEqualTo("وصل <ins>الوزير</ins> اليوم");
    }
}
