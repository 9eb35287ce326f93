package com.nashir.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommentTextTest {

    @Test
    void cleanKeepsMarkupAsTypedButDropsControlCharacters() {
        assertThat(CommentText.clean("  <script>x</script>\u0000\u0007 ")).isEqualTo("<script>x</script>");
    }

    @Test
    void cleanKeepsBidiCharactersAndTabs() {
        assertThat(CommentText.clean("a\u202eb\tc")).isEqualTo("a\u202eb\tc");
    }

    @Test
    void cleanUnifiesLineBreaksAndSqueezesBlankLines() {
        assertThat(CommentText.clean("سطر  \r\nثان\r\n\r\n\r\n\r\nفقرة")).isEqualTo("سطر\nثان\n\nفقرة");
    }

    @Test
    void paragraphsSplitAtBlankLinesAndKeepLines() {
        assertThat(CommentText.paragraphs("أ\nب\n\nج")).containsExactly(List.of("أ", "ب"), List.of("ج"));
    }

    @Test
    void linksAreCountedByScheme() {
        assertThat(CommentText.links("انظر https://a.example و http://b.example و www.c.example"))
                .isEqualTo(3);
        assertThat(CommentText.links("لا روابط هنا، فقط example.com")).isZero();
    }

    @Test
    void blockedWordsMatchWholeWordsIgnoringCaseAndTashkeel() {
        List<String> blocked = List.of("كلمة", "Spam", "عبارة ممنوعة");
        assertThat(CommentText.blockedWord("هذه كلِمـة سيئة", blocked)).isEqualTo("كلمة");
        assertThat(CommentText.blockedWord("buy SPAM now", blocked)).isEqualTo("Spam");
        assertThat(CommentText.blockedWord("هذه عبارة  ممنوعة!", blocked)).isEqualTo("عبارة ممنوعة");
        assertThat(CommentText.blockedWord("spammer كلمات", blocked)).isNull();
    }

    @Test
    void alefFormsAreOneLetterForBlockedWords() {
        assertThat(CommentText.blockedWord("إعلان", List.of("اعلان"))).isEqualTo("اعلان");
    }
}
