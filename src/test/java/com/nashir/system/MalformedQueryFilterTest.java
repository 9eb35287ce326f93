package com.nashir.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MalformedQueryFilterTest {
    @Test
    void wellFormedQueriesPass() {
        assertThat(MalformedQueryFilter.wellFormed(null)).isTrue();
        assertThat(MalformedQueryFilter.wellFormed("q=abc&x=1")).isTrue();
        assertThat(MalformedQueryFilter.wellFormed("q=%D8%AA%D8%B7%D8%A8%D9%8A%D8%B9+x"))
                .isTrue();
        assertThat(MalformedQueryFilter.wellFormed("categories[]=3")).isTrue();
    }

    @Test
    void brokenEscapesAndBrokenUtf8AreRefused() {
        assertThat(MalformedQueryFilter.wellFormed("x=%ZZ")).isFalse();
        // A control character in a parameter's name (the public surface fuzz test's find); in a value it is text.
        assertThat(MalformedQueryFilter.wellFormed("after=&Z++EfA%0A")).isFalse();
        assertThat(MalformedQueryFilter.wellFormed("a%00b=1")).isFalse();
        assertThat(MalformedQueryFilter.wellFormed("q=%0A")).isTrue();
        assertThat(MalformedQueryFilter.wellFormed("q=%E0%A4")).isFalse();
        assertThat(MalformedQueryFilter.wellFormed("q=%")).isFalse();
        assertThat(MalformedQueryFilter.wellFormed("q=%4")).isFalse();
        assertThat(MalformedQueryFilter.wellFormed("q=%C0%AF")).isFalse();
        assertThat(MalformedQueryFilter.wellFormed("per_page==+&=0Z+A+")).isFalse(); // found by PublicSurfaceFuzzIT
        assertThat(MalformedQueryFilter.wellFormed("=x")).isFalse();
    }
}
