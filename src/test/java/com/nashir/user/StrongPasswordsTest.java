package com.nashir.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrongPasswordsTest {

    @Test
    void fourGroupsOfFiveWithoutLookAlikes() {
        String p = StrongPasswords.generate();
        assertThat(p).matches("[a-km-zA-HJ-NP-Z2-9]{5}(-[a-km-zA-HJ-NP-Z2-9]{5}){3}");
        assertThat(p.length()).isGreaterThanOrEqualTo(UserService.MIN_PASSWORD);
    }

    @Test
    void neverTheSameTwice() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(StrongPasswords.generate())).isTrue();
        }
    }
}
