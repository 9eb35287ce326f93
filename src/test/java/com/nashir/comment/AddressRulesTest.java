package com.nashir.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddressRulesTest {

    @Test
    void exactAddressesAndRangesMatch() {
        List<String> rules = List.of("203.0.113.7", "198.51.100.0/24", "2001:db8::/32");
        assertThat(AddressRules.matches("203.0.113.7", rules)).isTrue();
        assertThat(AddressRules.matches("203.0.113.8", rules)).isFalse();
        assertThat(AddressRules.matches("198.51.100.200", rules)).isTrue();
        assertThat(AddressRules.matches("198.51.101.1", rules)).isFalse();
        assertThat(AddressRules.matches("2001:db8:1::5", rules)).isTrue();
        assertThat(AddressRules.matches("2001:db9::5", rules)).isFalse();
    }

    @Test
    void hostNamesAndNonsenseAreNotRules() {
        assertThat(AddressRules.valid("example.com")).isFalse();
        assertThat(AddressRules.valid("300.1.1.1")).isFalse();
        assertThat(AddressRules.valid("10.0.0.0/33")).isFalse();
        assertThat(AddressRules.valid("10.0.0.0/8")).isTrue();
        assertThat(AddressRules.matches("not an address", List.of("10.0.0.0/8")))
                .isFalse();
    }
}
